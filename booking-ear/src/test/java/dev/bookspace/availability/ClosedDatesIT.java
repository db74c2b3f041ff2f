package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Closed dates over HTTP: a closed room is not offered on the rooms page nor by the API for those
 * nights, closed dates and bookings never overlap whoever comes first, reopening frees the nights at
 * once, and another organisation can neither see nor reopen them.
 */
@FullStack
@RunAsClient
class ClosedDatesIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ApiClient api = new ApiClient(Pages.BASE_URL);
    private Organisation org;
    private Item room;
    private Item suite;
    private String key;

    @BeforeEach
    void organisationWithTwoRoomsAndAKey() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        suite = fixtures.item(org, "Suite");
        key = fixtures.apiKey(org);
    }

    @Test
    void aClosedRoomIsNotOfferedForThoseNightsButIsForOthers() {
        fixtures.closedDates(org, room, JAN_2, JAN_4, "Painting");

        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Suite");
        assertThat(Pages.get(roomsPath(org, JAN_4, JAN_5)).roomCards()).containsExactly("Sea Room", "Suite");
        assertThat(titles(api.get(path("/items?check_in=" + JAN_3 + "&checkout=" + JAN_5)).key(key).send()))
                .containsExactly("Suite");
        assertThat(titles(api.get(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_2)).key(key).send()))
                .containsExactly("Sea Room", "Suite");
    }

    @Test
    void closedDatesAreNoBookingInTheBookingsList() {
        String reference = fixtures.reference(fixtures.paidBooking(org, suite, JAN_1, JAN_3));
        fixtures.closedDates(org, room, JAN_1, JAN_3, "Painting");

        Exchange listed = api.get(path("/bookings?from=" + JAN_1)).key(key).send();

        assertThat(listed.status()).isEqualTo(200);
        assertThat(json(listed).getJsonArray("bookings")).extracting(booking -> booking.asJsonObject().getString("reference"))
                .containsExactly(reference);
    }

    @Test
    void closingDatesOverABookingIsRefusedNamingIt() {
        String reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));

        Exchange refused = close(room, JAN_2, JAN_5, "Painting");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(json(refused).getString("detail")).isEqualTo("Sea Room is booked for some of those nights: " + reference
                + " (" + JAN_1 + " to " + JAN_3 + "). Nothing was closed; cancel or move that booking first, or choose other dates.");
        assertThat(fixtures.closedDates(org)).isEmpty();
        assertThat(close(room, JAN_3, JAN_5, "Painting").status()).as("from its checkout day").isEqualTo(201);
    }

    @Test
    void closingDatesOverClosedDatesIsRefusedNamingThem() {
        long painting = json(close(room, JAN_1, JAN_3, "Painting")).getJsonNumber("id").longValue();

        Exchange refused = close(room, JAN_2, JAN_4, "Plumbing");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(json(refused).getString("detail")).contains("Sea Room is already closed for some of those nights (closed dates "
                + painting + ": Painting, " + JAN_1 + " to " + JAN_3 + ")");
        assertThat(fixtures.closedDates(org)).containsExactly(room.id() + " [" + JAN_1 + "," + JAN_3 + ") Painting");
    }

    @Test
    void bookingClosedDatesIsRefusedAsAnyTakenRoomIs() {
        fixtures.closedDates(org, room, JAN_2, JAN_4, "Owner's stay");

        Exchange refused = api.post(path("/bookings"), booking(room, JAN_1, JAN_3)).key(key)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(json(refused).getString("detail")).startsWith("Sea Room was just booked for some of those nights.");
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void reopeningFreesTheNightsAtOnce() {
        Exchange closed = close(room, JAN_1, JAN_3, "Painting");
        assertThat(closed.status()).isEqualTo(201);
        assertThat(json(closed).getString("source")).isEqualTo("api");
        long id = json(closed).getJsonNumber("id").longValue();
        assertThat(json(api.get(path("/items/" + room.id() + "/closed-dates")).key(key).send()).getJsonArray("closed_dates"))
                .extracting(dates -> dates.asJsonObject().getString("reason")).containsExactly("Painting");

        Exchange reopened = api.request("DELETE", path("/items/" + room.id() + "/closed-dates/" + id)).key(key).send();

        assertThat(reopened.status()).isEqualTo(204);
        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Sea Room", "Suite");
        assertThat(json(api.get(path("/items/" + room.id() + "/closed-dates")).key(key).send()).getJsonArray("closed_dates")).isEmpty();
        assertThat(api.request("DELETE", path("/items/" + room.id() + "/closed-dates/" + id)).key(key).send().status()).isEqualTo(404);
    }

    @Test
    void anotherOrganisationCanNeitherSeeNorReopenThem() {
        long id = fixtures.closedDates(org, room, JAN_1, JAN_3, "Painting");
        Organisation other = fixtures.organisation("Elsewhere");
        String theirs = fixtures.apiKey(other);
        String otherPath = "/api/v3/organisations/" + other.id() + "/items/" + room.id() + "/closed-dates";

        List<Exchange> answers = List.of(
                api.get(path("/items/" + room.id() + "/closed-dates")).key(theirs).send(),
                api.get(otherPath).key(theirs).send(),
                api.request("DELETE", otherPath + "/" + id).key(theirs).send(),
                api.post(otherPath, "{\"check_in\": \"" + JAN_3 + "\", \"checkout\": \"" + JAN_5 + "\", \"reason\": \"Mine\"}")
                        .key(theirs).send(),
                api.request("DELETE", path("/items/" + suite.id() + "/closed-dates/" + id)).key(key).send());

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        });
        assertThat(fixtures.closedDates(org)).hasSize(1);
        assertThat(fixtures.closedDates(other)).isEmpty();
    }

    @Test
    void badDatesAndReasonsAreRefusedWithTheirSentence() {
        LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Europe/Lisbon")).minusDays(1);

        assertThat(problem(close(room, JAN_3, JAN_1, "Painting"))).isEqualTo("Checkout must be after check-in.");
        assertThat(problem(close(room, yesterday, JAN_1, "Painting")))
                .isEqualTo("Check-in cannot be in the past; choose today or a later date.");
        assertThat(problem(close(room, JAN_1, JAN_1.plusYears(2), "Painting")))
                .isEqualTo("Dates can be closed up to 18 months ahead, as far as guests can book; choose an earlier checkout.");
        assertThat(problem(close(room, JAN_1, JAN_3, " "))).isEqualTo("Please say why the room is closed, such as \"Painting\".");
        assertThat(problem(close(room, JAN_1, JAN_3, "Paint\nRoom"))).isEqualTo("Write this on one line, without tabs or line breaks.");
        assertThat(fixtures.closedDates(org)).isEmpty();
    }

    @Test
    void eightConcurrentAttemptsToCloseOrBookTheSameNightsNeverBothSucceed() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Callable<Exchange>> attempts = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            attempts.add(attempt % 2 == 0
                    ? () -> close(room, JAN_1, JAN_3, "Painting")
                    : () -> api.post(path("/bookings"), booking(room, JAN_2, JAN_4)).key(key)
                            .header("Idempotency-Key", UUID.randomUUID().toString()).send());
        }
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Exchange> answer : clients.invokeAll(attempts)) {
                statuses.add(answer.get().status());
            }
        } finally {
            clients.shutdown();
        }

        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(fixtures.closedDates(org).size() + fixtures.bookingStatuses(org).size()).isEqualTo(1);
    }

    private Exchange close(Item item, LocalDate checkIn, LocalDate checkout, String reason) {
        String body = Json.createObjectBuilder().add("check_in", checkIn.toString()).add("checkout", checkout.toString())
                .add("reason", reason).build().toString();
        return api.post(path("/items/" + item.id() + "/closed-dates"), body).key(key).send();
    }

    private static String booking(Item item, LocalDate checkIn, LocalDate checkout) {
        return Json.createObjectBuilder().add("item_id", item.id()).add("check_in", checkIn.toString())
                .add("checkout", checkout.toString()).add("guests", 1)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", "ada@example.org")
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build().toString();
    }

    private String path(String subPath) {
        return "/api/v3/organisations/" + org.id() + subPath;
    }

    private static List<String> titles(Exchange answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return json(answer).getJsonArray("items").stream().map(item -> item.asJsonObject().getString("title")).toList();
    }

    /** The one sentence of a 400. */
    private static String problem(Exchange answer) {
        assertThat(answer.status()).as(answer + " " + answer.body()).isEqualTo(400);
        return json(answer).getJsonArray("errors").getJsonObject(0).getString("message");
    }

    private static JsonObject json(Exchange answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
