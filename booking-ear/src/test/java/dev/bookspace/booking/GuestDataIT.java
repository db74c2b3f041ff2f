package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.organisation.SettingsForm;
import dev.bookspace.organisation.SettingsService;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A guest's data rights inside the server: everything held about them, being forgotten, and the retention job. */
@FullStack
class GuestDataIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private GuestDataService guestData;
    private Organisation org;
    private Item room;

    @BeforeEach
    void organisationWithARoom() {
        guestData = CDI.current().select(GuestDataService.class).get();
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @Test
    void aGuestsDataIsExportedWholeAndOnlyTheirs() {
        String first = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
        String second = fixtures.reference(fixtures.paidBooking(org, room, JAN_3, JAN_5));
        long someoneElse = fixtures.paidBooking(org, fixtures.item(org, "Loft"), JAN_1, JAN_3);
        fixtures.guest(someoneElse, "Grace Guest", "grace@example.org");
        Organisation other = fixtures.organisation("Elsewhere");
        fixtures.paidBooking(other, fixtures.item(other, "Their Loft"), JAN_1, JAN_3);

        JsonObject export = json(guestData.export(staff(), "ADA@example.org"));

        assertThat(export.getString("organisation")).isEqualTo("Harbour House");
        assertThat(export.getJsonArray("bookings")).extracting(booking -> booking.asJsonObject().getString("reference"))
                .containsExactly(first, second);
        JsonObject booking = export.getJsonArray("bookings").getJsonObject(0);
        assertThat(booking.getJsonObject("guest").getString("name")).isEqualTo("Ada Guest");
        assertThat(booking.getJsonArray("rooms").getJsonObject(0).getString("room")).isEqualTo("Sea Room");
        assertThat(booking.getJsonObject("total").getString("currency")).isEqualTo("EUR");
    }

    @Test
    void anonymisingAGuestForgetsWhoTheyWereAndKeepsTheirBookingsAndMoney() {
        BookingService bookings = CDI.current().select(BookingService.class).get();
        String booked = bookings.book(Scope.guestOf(org.id()), new BookingRequest(room.id(), StayPeriod.of(JAN_1, JAN_3), 1,
                List.of(), new GuestDetails("Ada Lovelace", "ada@example.org", "+351 912 345 678", "Late arrival", true))).reference();
        long someoneElse = fixtures.paidBooking(org, fixtures.item(org, "Loft"), JAN_1, JAN_3);
        fixtures.guest(someoneElse, "Grace Guest", "grace@example.org");
        Organisation other = fixtures.organisation("Elsewhere");
        String theirs = fixtures.reference(fixtures.paidBooking(other, fixtures.item(other, "Their Loft"), JAN_1, JAN_3));

        assertThat(guestData.anonymise(staff(), "ada@example.org")).isEqualTo(1);

        assertThat(fixtures.bookingColumn(org, booked, "guest_name")).isEqualTo("Anonymised guest");
        assertThat(fixtures.bookingColumn(org, booked, "guest_email || guest_phone || notes")).isEmpty();
        assertThat(fixtures.bookingColumn(org, booked, "total_minor")).isEqualTo("24000");
        assertThat(fixtures.bookingColumn(org, booked, "status")).isEqualTo("unpaid");
        assertThat(fixtures.history(fixtures.bookingId(org, booked))).noneMatch(line -> line.contains("Ada"))
                .first().asString().startsWith("The guest: Booked on the public page");
        assertThat(fixtures.history(fixtures.bookingId(org, booked))).last().asString()
                .endsWith("The guest's personal details were anonymised at their request.");
        assertThat(fixtures.bookingColumn(org, fixtures.reference(someoneElse), "guest_name")).isEqualTo("Grace Guest");
        assertThat(fixtures.bookingColumn(other, theirs, "guest_name")).as("another organisation's guest").isEqualTo("Ada Guest");
        assertThat(guestData.anonymise(staff(), "ada@example.org")).as("nothing left to forget").isZero();
    }

    @Test
    void theNightlyJobForgetsGuestsWhoseLastStayEndedLongerAgoThanTheOrganisationKeepsThem() {
        SettingsService settings = CDI.current().select(SettingsService.class).get();
        Scope owner = new Scope(org.id(), null, EnumSet.of(Role.OWNER));
        SettingsForm form = settings.getSettings(owner);
        form.setGuestRetentionMonths(12);
        settings.saveSettings(owner, form);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        long lapsed = stay("lapsed@example.org", today.minusMonths(13).minusDays(2), today.minusMonths(13));
        long returning = stay("returning@example.org", today.minusMonths(14), today.minusMonths(14).plusDays(2));
        stay("returning@example.org", today.plusDays(10), today.plusDays(12));
        long recent = stay("recent@example.org", today.minusMonths(11), today.minusMonths(11).plusDays(2));

        CDI.current().select(GuestRetentionJob.class).get().anonymiseLapsedGuests();

        assertThat(fixtures.bookingColumn(org, fixtures.reference(lapsed), "guest_name")).isEqualTo("Anonymised guest");
        assertThat(fixtures.bookingColumn(org, fixtures.reference(returning), "guest_name")).as("a guest who comes back")
                .isEqualTo("Ada Guest");
        assertThat(fixtures.bookingColumn(org, fixtures.reference(recent), "guest_name")).isEqualTo("Ada Guest");
    }

    private long stay(String email, LocalDate checkIn, LocalDate checkout) {
        long booking = fixtures.paidBooking(org, room, checkIn, checkout);
        fixtures.guest(booking, "Ada Guest", email);
        return booking;
    }

    private Scope staff() {
        return new Scope(org.id(), null, EnumSet.of(Role.STAFF));
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
