package dev.bookspace.web.dashboard;

import dev.bookspace.booking.CalendarService;
import dev.bookspace.booking.OccupancyCalendar;
import dev.bookspace.organisation.OrganisationDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
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
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.primefaces.util.EscapeUtils;

/**
 * {@code /dashboard/calendar.xhtml}: each room a lane, each stay a bar coloured by its status, four
 * weeks at a time from this week's Monday; a click on a stay opens its booking.
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

    private LocalDate from;
    private TimelineModel<OccupancyCalendar.Stay, OccupancyCalendar.Room> model;

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

    private void load() {
        OccupancyCalendar calendar = calendars.calendar(current.scope(), from, getUntil());
        model = new TimelineModel<>();
        calendar.rooms().forEach(room -> model.addGroup(new TimelineGroup<>(String.valueOf(room.id()), room)));
        calendar.stays().forEach(stay -> model.add(TimelineEvent.<OccupancyCalendar.Stay>builder()
                .id(stay.reference())
                .data(stay)
                .group(String.valueOf(stay.roomId()))
                .startDate(stay.stay().checkIn())
                .endDate(stay.stay().checkout())
                .styleClass("stay-" + (stay.held() ? "held" : stay.status().code()))
                // The timeline shows the title as HTML: a guest's name is text.
                .title(EscapeUtils.forHtml(stay.guestName()) + ", " + stay.stay().checkIn() + " – " + stay.stay().checkout())
                .editable(false)
                .build()));
    }

    /** A stay was clicked: open its booking. */
    public void open(TimelineSelectEvent<OccupancyCalendar.Stay> event) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/dashboard/booking.xhtml?ref="
                + event.getTimelineEvent().getData().reference());
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

    public TimelineModel<OccupancyCalendar.Stay, OccupancyCalendar.Room> getModel() {
        return model;
    }
}
