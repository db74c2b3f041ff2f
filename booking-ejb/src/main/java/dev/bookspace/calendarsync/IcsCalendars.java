package dev.bookspace.calendarsync;

import dev.bookspace.shared.StayPeriod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Calendar feeds in iCalendar (RFC 5545), through ical4j: the feed Bookspace serves for a room, and
 * the events of the feeds other channels serve. Nights are dates: an all-day event's DTSTART is its
 * first night and its DTEND the day the room is free again, as the channels export them; an event
 * with times takes the nights from the date it starts to the date it ends, read in its own zone, or
 * in the organisation's when it is given in UTC or floating.
 */
final class IcsCalendars {

    static final String PRODUCT = "-//Bookspace//Calendar sync//EN";
    /** What a served event says: that the room is taken, never by whom. */
    static final String BUSY = "Not available";

    private IcsCalendars() {
    }

    /** A busy stretch of a room's nights in the served feed, with a UID that stays the same while it lasts. */
    record Busy(String uid, StayPeriod nights) {
    }

    /** The served feed: one all-day event per busy stretch, validated before it leaves. */
    static String export(List<Busy> busy) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (Busy stretch : busy) {
            VEvent event = new VEvent(stretch.nights().checkIn(), stretch.nights().checkout(), BUSY);
            event.add(new Uid(stretch.uid()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The room's feed is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * The events of a feed that take nights, in feed order; events without a UID or a start, and
     * cancelled ones, take none.
     *
     * @throws InvalidFeedException when the body is not iCalendar, with a sentence for staff
     */
    static List<FeedEvent> parse(byte[] body, ZoneId organisationZone) throws InvalidFeedException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(body));
        } catch (ParserException e) {
            throw new InvalidFeedException("The feed is not a valid iCalendar file (line " + e.getLineNo() + ": "
                    + firstLine(e.getMessage()) + "). Nothing was changed; check the URL with the channel.", e);
        } catch (IOException | RuntimeException e) {
            throw new InvalidFeedException("The feed could not be read as an iCalendar file (" + firstLine(e.getMessage())
                    + "). Nothing was changed; check the URL with the channel.", e);
        }
        List<FeedEvent> events = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            event(event, organisationZone).ifPresent(events::add);
        }
        return events;
    }

    private static Optional<FeedEvent> event(VEvent event, ZoneId zone) {
        Optional<String> uid = event.getProperty(Property.UID).map(Property::getValue).map(String::strip)
                .filter(value -> !value.isEmpty());
        Optional<DtStart<Temporal>> start = event.getStartDate();
        boolean cancelled = event.getProperty(Property.STATUS).map(Property::getValue).filter("CANCELLED"::equalsIgnoreCase).isPresent();
        if (uid.isEmpty() || start.isEmpty() || cancelled) {
            return Optional.empty();
        }
        LocalDate first = day(start.get().getDate(), zone);
        Optional<DtEnd<Temporal>> end = event.getEndDate(true);
        LocalDate free = end.map(dtEnd -> day(dtEnd.getDate(), zone)).orElse(first.plusDays(1));
        if (!free.isAfter(first)) {
            free = first.plusDays(1); // an event within one day still takes that night
        }
        String summary = event.getProperty(Property.SUMMARY).map(Property::getValue)
                .map(text -> text.replaceAll("\\p{Cntrl}", " ").strip()).filter(text -> !text.isEmpty()).orElse("Busy");
        return Optional.of(new FeedEvent(uid.get(), StayPeriod.of(first, free), summary));
    }

    private static LocalDate day(Temporal moment, ZoneId zone) {
        if (moment instanceof LocalDate date) {
            return date;
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.getZone().equals(ZoneId.of("Z")) ? zoned.withZoneSameInstant(zone).toLocalDate() : zoned.toLocalDate();
        }
        if (moment instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDate();
        }
        if (moment instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        if (moment instanceof LocalDateTime floating) {
            return floating.toLocalDate();
        }
        return LocalDate.from(moment);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
