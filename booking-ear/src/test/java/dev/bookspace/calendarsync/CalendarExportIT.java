package dev.bookspace.calendarsync;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A room's feed as another channel reads it: valid iCalendar with an all-day event for each stretch of
 * nights a booking or closed dates take, nothing about the guests, and nothing for another room or a
 * cancelled booking.
 */
@FullStack
@RunAsClient
class CalendarExportIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private String token;

    @BeforeEach
    void organisationWithARoomAndItsFeed() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        token = fixtures.calendarExport(org, room);
    }

    @Test
    void servesTheNightsBookingsAndClosedDatesTakeAsAllDayEventsWithoutGuests() throws Exception {
        fixtures.guest(fixtures.paidBooking(org, room, JAN_1, JAN_3), "Ana Lopes", "ana@example.com");
        fixtures.closedDates(org, room, JAN_4, JAN_5, "Owner's stay");
        fixtures.cancelledBooking(org, room, JAN_3, JAN_4);
        fixtures.paidBooking(org, fixtures.item(org, "Suite"), JAN_3, JAN_4);

        Answer feed = Pages.fetch("/ical/" + token + ".ics");

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body()).doesNotContain("Ana", "Lopes", "ana@example.com", "Owner's stay");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        assertThat(nights(calendar)).containsExactly(JAN_1 + " to " + JAN_3, JAN_4 + " to " + JAN_5);
        assertThat(calendar.<VEvent>getComponents("VEVENT")).allSatisfy(event ->
                assertThat(event.getSummary().getValue()).isEqualTo("Not available"));
    }

    @Test
    void aRoomTypeOfSeveralUnitsServesOnlyTheNightsWhenEveryUnitIsTaken() throws Exception {
        fixtures.units(room, 3);
        fixtures.inUnit(fixtures.paidBooking(org, room, JAN_1, JAN_3), 2);
        fixtures.inUnit(fixtures.paidBooking(org, room, JAN_2, JAN_4), 3);
        fixtures.closedDates(org, room, JAN_2, JAN_3, "Painting");

        Calendar calendar = new CalendarBuilder().build(new StringReader(Pages.fetch("/ical/" + token + ".ics").body()));

        calendar.validate();
        assertThat(nights(calendar)).containsExactly(JAN_2 + " to " + JAN_3);
    }

    @Test
    void anUnchangedFeedAnswersNotModified() throws Exception {
        fixtures.paidBooking(org, room, JAN_2, JAN_3);
        HttpClient http = HttpClient.newHttpClient();
        URI feed = URI.create(Pages.BASE_URL + "/ical/" + token + ".ics");
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(feed).build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(feed)
                .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(304);
        fixtures.closedDates(org, room, JAN_4, JAN_5, "Painting");
        assertThat(http.send(HttpRequest.newBuilder(feed).header("If-None-Match", first.headers().firstValue("ETag").orElseThrow())
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("after a change").isEqualTo(200);
    }

    @Test
    void anUnknownTokenFindsNothing() {
        assertThat(Pages.fetch("/ical/" + "0".repeat(32) + ".ics").status()).isEqualTo(404);
        assertThat(Pages.fetch("/ical/" + token.toUpperCase() + ".ics").status()).isEqualTo(404);
        assertThat(Pages.fetch("/ical/" + token).status()).isEqualTo(404);
    }

    private static List<String> nights(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(event -> (LocalDate) event.getDateTimeStart().getDate() + " to " + (LocalDate) event.getDateTimeEnd().getDate())
                .sorted()
                .toList();
    }
}
