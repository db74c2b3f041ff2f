package dev.bookspace.web.dashboard;

import dev.bookspace.booking.StatusWords;
import dev.bookspace.calendarsync.CalendarFeedService;
import dev.bookspace.calendarsync.Overbooking;
import dev.bookspace.booking.CalendarService;
import dev.bookspace.booking.OccupancyCalendar;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.shared.StayPeriod;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.primefaces.util.EscapeUtils;

/**
 * {@code /dashboard/calendar.xhtml}: each room a lane, each stay a bar coloured by its status and
 * closed dates a bar of their own with their reason, four weeks at a time from this week's Monday; a
 * click on a stay opens its booking, on closed dates their room. Staff close dates here too, jump to a date,
 * and read each day's arrivals and departures under the lanes.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    static final int WEEKS = 4;

    @Inject
    private CurrentAccount current;

    @EJB
    private CalendarService calendars;

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private DashboardWords words;

    private LocalDate from;
    private List<OccupancyCalendar.Room> rooms = List.of();
    private TimelineModel<CalendarBar, OccupancyCalendar.Room> model;
    private List<Overbooking> overbookings = List.of();
    private List<DayMovements> movements = List.of();
    private LocalDate jumpTo;

    /**
     * A day of the window with guests arriving or leaving.
     *
     * @param day the day
     * @param label the day in a few words ("Mon 7 Dec"), in the page's language
     * @param summary who comes and goes ("2 arriving, 1 leaving"), in the page's language
     */
    public record DayMovements(LocalDate day, String label, String summary) implements Serializable {
    }

    @PostConstruct
    void thisWeek() {
        LocalDate today = directory.findById(current.scope().organisationId()).orElseThrow().today();
        from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        load();
    }

    public void earlier() {
        from = from.minusWeeks(WEEKS);
        load();
    }

    public void later() {
        from = from.plusWeeks(WEEKS);
        load();
    }

    /** Shows the four weeks from the Monday of the day chosen. */
    public void jump() {
        if (jumpTo != null) {
            from = jumpTo.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            load();
        }
    }

    /** Closed dates were closed or reopened in this page's dialog: show them. */
    public void reload(@Observes(notifyObserver = Reception.IF_EXISTS) ClosedDatesChanged change) {
        load();
    }

    private void load() {
        OccupancyCalendar calendar = calendars.calendar(current.scope(), from, getUntil());
        overbookings = feeds.overbookings(current.scope());
        rooms = calendar.rooms();
        movements = from.datesUntil(getUntil())
                .map(day -> movements(day,
                        calendar.stays().stream().filter(stay -> stay.stay().checkIn().equals(day)).count(),
                        calendar.stays().stream().filter(stay -> stay.stay().checkout().equals(day)).count()))
                .flatMap(Optional::stream)
                .toList();
        model = new TimelineModel<>();
        // A lane per unit: a room type of three rooms is three lanes, "Standard Double · room 2"; a single room one, as before.
        calendar.rooms().forEach(room -> IntStream.rangeClosed(1, room.units()).forEach(unit -> model.addGroup(
                new TimelineGroup<>(lane(room.id(), unit), new OccupancyCalendar.Room(room.id(), laneTitle(room, unit),
                        room.active(), room.units(), room.unitNames())))));
        // The timeline shows a bar's title as HTML: a guest's name and a reason are text.
        calendar.stays().forEach(stay -> model.add(bar(lane(stay.roomId(), stay.unit()), stay.stay(), "stay-" + stay.words().kind().cssName(),
                EscapeUtils.forHtml(stay.guestName()) + ", " + words.day(stay.stay().checkIn()) + " – " + words.day(stay.stay().checkout()) + " · "
                        + EscapeUtils.forHtml(stay.words().full()),
                new CalendarBar(false, stay.reference(), stay.guestName(), "/dashboard/booking.xhtml?ref=" + stay.reference()))));
        calendar.closures().forEach(closure -> model.add(bar(lane(closure.roomId(), closure.unit()), closure.dates(), "stay-closed",
                words.say("calendar.closedBar", EscapeUtils.forHtml(closure.reason()) + ", " + words.day(closure.dates().checkIn()) + " – "
                        + words.day(closure.dates().checkout())),
                new CalendarBar(true, String.valueOf(closure.blockId()), closure.reason(),
                        "/dashboard/room.xhtml?id=" + closure.roomId()))));
    }

    /** The day's arrivals and departures in words, or nothing when nobody comes or goes. */
    private Optional<DayMovements> movements(LocalDate day, long arrivals, long departures) {
        if (arrivals + departures == 0) {
            return Optional.empty();
        }
        String summary = Stream.of(arrivals > 0 ? words.say("calendar.arriving", arrivals) : null,
                departures > 0 ? words.say("calendar.leaving", departures) : null)
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return Optional.of(new DayMovements(day, words.dated("calendar.dayLabel", day), summary));
    }

    /** "Standard Double · 101" for a unit staff named, "Standard Double · room 2" for one going by its number. */
    private String laneTitle(OccupancyCalendar.Room room, int unit) {
        if (room.units() == 1) {
            return room.title();
        }
        String name = room.unitNames().get(unit - 1);
        return name.equals(String.valueOf(unit)) ? words.say("calendar.unitLane", room.title(), unit)
                : words.say("room.namedUnit", room.title(), name);
    }

    /** The timeline group of one unit of a room; a single room's lane keeps its id alone. */
    private static String lane(long roomId, int unit) {
        return unit == 1 ? String.valueOf(roomId) : roomId + "-" + unit;
    }

    private static TimelineEvent<CalendarBar> bar(String lane, StayPeriod nights, String styleClass, String title, CalendarBar bar) {
        return TimelineEvent.<CalendarBar>builder()
                // Closed dates of every unit, and a booking of several rooms, make a bar in each lane, each with an id of
                // its own: the timeline keeps one bar an id.
                .id((bar.closure() ? "closed-" : "stay-") + bar.key() + "-" + lane)
                .data(bar)
                .group(lane)
                .startDate(nights.checkIn())
                .endDate(nights.checkout())
                .styleClass(styleClass)
                .title(title)
                .editable(false)
                .build();
    }

    /** A bar was clicked: open its booking, or the room whose dates it closes. */
    public void open(TimelineSelectEvent<CalendarBar> event) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + event.getTimelineEvent().getData().link());
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return from.plusWeeks(WEEKS);
    }

    /** The window's bounds as the timeline takes them. */
    public LocalDateTime getStart() {
        return from.atStartOfDay();
    }

    public LocalDateTime getEnd() {
        return getUntil().atStartOfDay();
    }

    public TimelineModel<CalendarBar, OccupancyCalendar.Room> getModel() {
        return model;
    }

    /** The rooms, for the close-dates dialog's choice. */
    public List<Overbooking> getOverbookings() {
        return overbookings;
    }

    /** Whether another channel's event overlaps what Bookspace holds of the room, from today on. */
    public boolean overbooked(long roomId) {
        return overbookings.stream().anyMatch(overbooking -> overbooking.roomId() == roomId);
    }

    public List<DayMovements> getMovements() {
        return movements;
    }

    public LocalDate getJumpTo() {
        return jumpTo;
    }

    public void setJumpTo(LocalDate jumpTo) {
        this.jumpTo = jumpTo;
    }

    /** The legend: the standings a stay's bar can have, each in its colour and its words. */
    public List<StatusWords.Kind> getLegend() {
        return StatusWords.ON_THE_CALENDAR;
    }

    public List<OccupancyCalendar.Room> getRooms() {
        return rooms;
    }
}
