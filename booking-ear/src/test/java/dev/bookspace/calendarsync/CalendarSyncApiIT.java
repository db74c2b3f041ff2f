package dev.bookspace.calendarsync;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.ChannelFeeds;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calendar sync through API v3, as an integration manages it for a room: the room's secret feed URL and its
 * replacement, a channel's calendar imported, fetched at once with its health, and removed again, each with the
 * room's nights closed and freed as guests and the API see them.
 */
@FullStack
@RunAsClient
class CalendarSyncApiIT {

    private static final String AIRBNB = "/calendar/ical/41872.ics";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ApiClient api = new ApiClient(Pages.BASE_URL);
    private final ChannelFeeds channels = new ChannelFeeds();
    private Organisation org;
    private Item room;
    private String key;

    @BeforeEach
    void organisationWithARoomAndAKey() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        key = fixtures.apiKey(org);
    }

    @AfterEach
    void stopChannels() {
        channels.close();
    }

    @Test
    void anImportedCalendarClosesTheRoomUntilItIsRemoved() {
        channels.serve(AIRBNB, calendar("BEGIN:VEVENT\r\nUID:uid-1@airbnb.com\r\nDTSTART;VALUE=DATE:" + day(JAN_2)
                + "\r\nDTEND;VALUE=DATE:" + day(JAN_4) + "\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n"));

        Exchange added = api.post(sync("/imports"), "{\"name\": \"Airbnb\", \"url\": \"" + channels.url(AIRBNB) + "\"}").key(key).send();
        assertThat(added.status()).isEqualTo(201);
        long id = json(added).getJsonNumber("id").longValue();

        Exchange fetched = api.post(sync("/imports/" + id + "/fetch"), "").key(key).send();

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(json(fetched).getString("name")).isEqualTo("Airbnb");
        assertThat(json(fetched).getInt("closed_dates")).isEqualTo(1);
        assertThat(json(fetched).containsKey("last_success_at")).isTrue();
        assertThat(json(fetched).containsKey("last_error")).isFalse();
        assertThat(freeRooms(JAN_2, JAN_3)).isEmpty();
        assertThat(json(api.get(sync("")).key(key).send()).getJsonArray("imports").getJsonObject(0).getInt("closed_dates")).isEqualTo(1);

        assertThat(api.request("DELETE", sync("/imports/" + id)).key(key).send().status()).isEqualTo(204);

        assertThat(freeRooms(JAN_2, JAN_3)).containsExactly("Sea Room");
        assertThat(json(api.get(sync("")).key(key).send()).getJsonArray("imports")).isEmpty();
        assertThat(api.post(sync("/imports/" + id + "/fetch"), "").key(key).send().status()).isEqualTo(404);
    }

    @Test
    void aBrokenCalendarSaysWhyAndKeepsItsNights() {
        channels.serve(AIRBNB, calendar("BEGIN:VEVENT\r\nUID:uid-1@airbnb.com\r\nDTSTART;VALUE=DATE:" + day(JAN_2)
                + "\r\nDTEND;VALUE=DATE:" + day(JAN_4) + "\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n"));
        long id = json(api.post(sync("/imports"), "{\"name\": \"Airbnb\", \"url\": \"" + channels.url(AIRBNB) + "\"}").key(key).send())
                .getJsonNumber("id").longValue();
        api.post(sync("/imports/" + id + "/fetch"), "").key(key).send();

        channels.serve(AIRBNB, "<html><body>We are down for maintenance</body></html>");
        JsonObject health = json(api.post(sync("/imports/" + id + "/fetch"), "").key(key).send());

        assertThat(health.getString("last_error")).startsWith("The feed is not a valid iCalendar file");
        assertThat(health.getInt("closed_dates")).isEqualTo(1);
        assertThat(freeRooms(JAN_2, JAN_3)).isEmpty();
    }

    @Test
    void theFeedUrlServesTheRoomsNightsUntilItIsReplaced() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        String first = json(api.get(sync("")).key(key).send()).getString("export_url");
        assertThat(json(api.get(sync("")).key(key).send()).getString("export_url")).as("the same on a second look").isEqualTo(first);
        assertThat(Pages.fetch(pathOf(first)).body()).contains("DTSTART;VALUE=DATE:" + day(JAN_1), "DTEND;VALUE=DATE:" + day(JAN_3));

        Exchange replaced = api.post(sync("/export-url"), "").key(key).send();

        String second = json(replaced).getString("export_url");
        assertThat(second).isNotEqualTo(first).matches(".*/ical/[0-9a-f]{32}\\.ics");
        assertThat(Pages.fetch(pathOf(first)).status()).as("the old URL").isEqualTo(404);
        assertThat(Pages.fetch(pathOf(second)).status()).isEqualTo(200);
    }

    @Test
    void refusesAPrivateAddressAndShowsNothingOfAnotherOrganisationsRoom() {
        Exchange privateAddress = api.post(sync("/imports"), "{\"name\": \"Airbnb\", \"url\": \"https://10.0.0.7/calendar.ics\"}")
                .key(key).send();
        assertThat(privateAddress.status()).isEqualTo(400);
        assertThat(privateAddress.contentType()).startsWith("application/problem+json");
        assertThat(json(privateAddress).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("url");

        Exchange unnamed = api.post(sync("/imports"), "{\"url\": \"" + channels.url(AIRBNB) + "\", \"colour\": \"red\"}").key(key).send();
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(json(unnamed).getJsonArray("errors").stream().map(error -> error.asJsonObject().getString("field")).toList())
                .containsExactlyInAnyOrder("colour", "name");

        Organisation other = fixtures.organisation("Elsewhere");
        String theirs = fixtures.apiKey(other);
        assertThat(api.get(sync("")).key(theirs).send().status()).isEqualTo(404);
        assertThat(api.get("/api/v3/organisations/" + other.id() + "/items/" + room.id() + "/calendar-sync").key(theirs).send().status())
                .isEqualTo(404);
        assertThat(api.post(sync("/imports"), "{\"name\": \"Airbnb\", \"url\": \"" + channels.url(AIRBNB) + "\"}").key(theirs).send()
                .status()).isEqualTo(404);
    }

    private List<String> freeRooms(LocalDate checkIn, LocalDate checkout) {
        return json(api.get("/api/v3/organisations/" + org.id() + "/items?check_in=" + checkIn + "&checkout=" + checkout).key(key).send())
                .getJsonArray("items").stream().map(item -> item.asJsonObject().getString("title")).toList();
    }

    private String sync(String subPath) {
        return "/api/v3/organisations/" + org.id() + "/items/" + room.id() + "/calendar-sync" + subPath;
    }

    private static String pathOf(String url) {
        return URI.create(url).getPath();
    }

    private static String calendar(String events) {
        return "BEGIN:VCALENDAR\r\nPRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN\r\nVERSION:2.0\r\n" + events + "END:VCALENDAR\r\n";
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static JsonObject json(Exchange answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
