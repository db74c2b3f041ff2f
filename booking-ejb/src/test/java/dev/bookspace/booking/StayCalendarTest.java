package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.organisation.PropertyDetails;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class StayCalendarTest {

    private static final String PAGE = "https://book.example/harbour-house/bookings/H-7KQ2M9?token=abc";

    @Test
    void theStayRunsFromCheckInTimeToCheckoutTimeInThePropertysZoneWithItsAddress() throws Exception {
        PropertyDetails property = new PropertyDetails("Rua do Cais 1\n1100-001 Lisboa", "+351 212 345 678", null,
                LocalTime.of(15, 0), LocalTime.of(11, 0), null, null);
        GuestBooking booking = booking(StayPeriod.of(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 3)), property);

        VEvent stay = parse(StayCalendar.of(booking, booking.roomTitles(), ZoneId.of("Europe/Lisbon"), PAGE));

        assertThat(Instant.from(stay.getStartDate().get().getDate())).as("15:00 in Lisbon's summer is 14:00 UTC")
                .isEqualTo(Instant.parse("2027-07-01T14:00:00Z"));
        assertThat(Instant.from(stay.getEndDate(false).get().getDate())).isEqualTo(Instant.parse("2027-07-03T10:00:00Z"));
        assertThat(value(stay, Property.SUMMARY)).isEqualTo("Stay at Harbour House");
        assertThat(value(stay, Property.LOCATION)).isEqualTo("Rua do Cais 1, 1100-001 Lisboa");
        assertThat(value(stay, Property.DESCRIPTION)).contains("H-7KQ2M9", "Sea Room, 2 guests.",
                "Check-in from 15:00, checkout until 11:00.", PAGE);
        assertThat(value(stay, Property.UID)).isEqualTo("H-7KQ2M9@bookspace");
    }

    @Test
    void aGermanGuestsStayIsWordedInGermanWithTheRoomsGermanTitle() throws Exception {
        PropertyDetails property = new PropertyDetails(null, null, null, LocalTime.of(15, 0), LocalTime.of(11, 0), null, null);
        GuestBooking booking = booking(StayPeriod.of(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 3)), property,
                Language.GERMAN);

        VEvent stay = parse(StayCalendar.of(booking, booking.roomTitles(Map.of(7L, "Zimmer zum Meer")), ZoneId.of("Europe/Lisbon"),
                PAGE));

        assertThat(value(stay, Property.SUMMARY)).isEqualTo("Aufenthalt bei Harbour House");
        assertThat(value(stay, Property.DESCRIPTION)).contains("Buchung H-7KQ2M9: Zimmer zum Meer, 2 Gäste.",
                "Ihre Buchung: " + PAGE);
    }

    @Test
    void aPropertyWithoutAnAddressHasNoLocation() throws Exception {
        PropertyDetails property = new PropertyDetails(null, null, null, LocalTime.of(14, 0), LocalTime.of(10, 0), null, null);
        GuestBooking booking = booking(StayPeriod.of(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 12)), property);
        VEvent stay = parse(StayCalendar.of(booking, booking.roomTitles(), ZoneId.of("Europe/Lisbon"), PAGE));

        assertThat(stay.getProperty(Property.LOCATION)).isEmpty();
        assertThat(Instant.from(stay.getStartDate().get().getDate())).isEqualTo(Instant.parse("2027-01-10T14:00:00Z"));
    }

    private static GuestBooking booking(StayPeriod stay, PropertyDetails property) {
        return booking(stay, property, Language.ENGLISH);
    }

    private static GuestBooking booking(StayPeriod stay, PropertyDetails property, Language language) {
        Money total = Money.of(24_000, "EUR");
        return new GuestBooking("Harbour House", "H-7KQ2M9", BookingStatus.PAID, PaymentMethod.STRIPE, "Sea Room", stay, 2,
                "Ada Lovelace", List.of(), total, null, "/harbour-house/bookings/H-7KQ2M9?token=abc", List.of(), false,
                Money.of(0, "EUR"), Money.of(0, "EUR"), new PaymentState(total, Money.of(0, "EUR"), null, null, null), property,
                new StatusWords(StatusWords.Kind.PAID, "Paid", "Paid"), language,
                new StatusWords(StatusWords.Kind.PAID, "Paid", "Paid"), 7, List.of(), Language.ENGLISH,
                new StatusWords(StatusWords.Kind.PAID, "Paid", "Paid"), false,
                List.of(new GuestBooking.Room(7, "Sea Room", 2)));
    }

    private static VEvent parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
