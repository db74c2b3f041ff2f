package dev.bookspace.booking;

import dev.bookspace.organisation.PropertyDetails;
import dev.bookspace.shared.Plural;
import dev.bookspace.shared.Wording;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A guest's stay as one iCalendar event (RFC 5545, through ical4j) for their own calendar: from check-in time on
 * the day of arrival to checkout time on the day of departure, in the property's time zone, written in UTC so
 * every calendar places it alike; with the address, the room and the booking page, in the guest's language (the
 * words of their mails, {@code GuestMail*.properties}).
 */
public final class StayCalendar {

    private static final String GUEST_MAIL = "dev.bookspace.notification.GuestMail";

    private StayCalendar() {
    }

    /**
     * @param roomTitles the rooms as the guest reads them (the titles staff gave in their language, where they did)
     * @param zone the organisation's time zone, in which its check-in and checkout hours are meant
     * @param pageUrl the booking page's full address
     */
    public static String of(GuestBooking booking, String roomTitles, ZoneId zone, String pageUrl) {
        PropertyDetails property = booking.property();
        ZonedDateTime arrival = booking.stay().checkIn().atTime(property.checkInFrom()).atZone(zone);
        ZonedDateTime departure = booking.stay().checkout().atTime(property.checkOutUntil()).atZone(zone);
        Wording words = Wording.of(GUEST_MAIL, booking.language());
        VEvent stay = new VEvent(arrival.withZoneSameInstant(ZoneOffset.UTC).toInstant(),
                departure.withZoneSameInstant(ZoneOffset.UTC).toInstant(), words.text("ics.summary", booking.organisationName()));
        stay.add(new Uid(booking.reference() + "@bookspace"));
        stay.add(new Description(words.text("ics.description", booking.reference(), roomTitles,
                Plural.of(booking.guests(), "guest", booking.language()), words.text("hours",
                        words.date("time", property.checkInFrom()), words.date("time", property.checkOutUntil())), pageUrl)));
        if (property.address() != null) {
            stay.add(new Location(property.addressOnOneLine()));
        }
        stay.add(new Url(URI.create(pageUrl)));
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Bookspace//Guest stay//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        calendar.add(stay);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The stay is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
