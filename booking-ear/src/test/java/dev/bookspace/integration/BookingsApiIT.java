package dev.bookspace.integration;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.Pages;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Items, quotes and bookings over the API with an organisation's key, as an integrator uses them. */
@FullStack
@RunAsClient
class BookingsApiIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private long breakfast;
    private String key;

    @BeforeEach
    void organisationWithARoomAndAKey() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room", 12_000);
        breakfast = fixtures.addOn(org, null, "Breakfast", 1_500, "per_guest", 1);
        key = fixtures.apiKey(org);
    }

    @Test
    void anItemComesWithItsAddOns() {
        Answer answer = Pages.api(path("/items/" + room.id()), key);

        assertThat(answer.status()).isEqualTo(200);
        JsonObject item = json(answer);
        assertThat(item.getString("title")).isEqualTo("Sea Room");
        assertThat(item.getJsonArray("add_ons").getJsonObject(0).getString("pricing")).isEqualTo("per_guest");
        assertThat(item.getJsonArray("add_ons").getJsonObject(0).getJsonObject("price").getInt("amount_minor")).isEqualTo(1_500);
    }

    @Test
    void aQuoteIsItemisedByThePagesPricing() {
        Answer answer = post("/quotes", stay(2, true).toString(), null);

        assertThat(answer.status()).isEqualTo(200);
        JsonObject quote = json(answer);
        assertThat(quote.getJsonArray("lines")).hasSize(2);
        assertThat(quote.getJsonArray("lines").getJsonObject(0).getJsonObject("amount").getInt("amount_minor")).isEqualTo(24_000);
        assertThat(quote.getJsonArray("lines").getJsonObject(1).getJsonObject("amount").getInt("amount_minor")).isEqualTo(3_000);
        assertThat(quote.getJsonObject("total").getInt("amount_minor")).isEqualTo(27_000);
        assertThat(quote.getJsonObject("total").getString("currency")).isEqualTo("EUR");
    }

    @Test
    void aMalformedBodyIsA400NamingEveryFieldAtFault() {
        String body = """
                {"item_id": "one", "check_in": "1 January", "checkout": "%s", "guests": 2.5, "colour": "blue"}"""
                .formatted(JAN_3);

        Answer answer = post("/quotes", body, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(json(answer).getJsonArray("errors")).extracting(error -> error.asJsonObject().getString("field"))
                .containsExactlyInAnyOrder("colour", "item_id", "check_in", "guests");
        assertThat(post("/quotes", "{\"item_id\": \"" + "x".repeat(100_000) + "\"}", null).status()).isEqualTo(413);
        assertThat(post("/quotes", "{not json", null).status()).isEqualTo(400);
        assertThat(post("/quotes", "{not json", null).contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBodyOver64KiBIsRefusedEvenWhenItComesChunkedWithoutALength() throws Exception {
        String oversized = "{\"item_id\": \"" + "x".repeat(100_000) + "\"}";

        HttpResponse<String> refused = postChunked("/quotes", oversized);
        HttpResponse<String> priced = postChunked("/quotes", stay(2, false).toString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(priced.statusCode()).isEqualTo(200);
        assertThat(priced.body()).contains("\"total\"");
    }

    /** An InputStream publisher has no length, so the body goes out with Transfer-Encoding: chunked. */
    private HttpResponse<String> postChunked(String subPath, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Pages.BASE_URL + path(subPath)))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyNestedAThousandLevelsDeepIsA400NotA500() {
        String deepObject = "{\"guest\": ".repeat(1_000) + "{}" + "}".repeat(1_000);
        String deepArray = "{\"add_ons\": " + "[".repeat(1_000) + "]".repeat(1_000) + "}";

        for (String path : List.of("/quotes", "/bookings")) {
            for (String body : List.of(deepObject, deepArray)) {
                Answer answer = post(path, body, UUID.randomUUID().toString());
                assertThat(answer.status()).as(path).isEqualTo(400);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(json(answer).getString("detail")).contains("more than 16 levels deep");
            }
        }
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void aPathEndingInStripeWebhooksStillNeedsAKey() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        Answer answer = Pages.fetch(path("/bookings/stripe-webhooks"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aGuestNameWithALineBreakIsRefusedAndBooksNothing() {
        JsonObject forged = Json.createObjectBuilder(booking(JAN_1, JAN_3))
                .add("guest", Json.createObjectBuilder(booking(JAN_1, JAN_3).getJsonObject("guest")).add("name", "Ann\n=2+5\nx"))
                .build();

        Answer answer = post("/bookings", forged.toString(), UUID.randomUUID().toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).getJsonArray("errors")).extracting(error -> error.asJsonObject().getString("field"))
                .containsExactly("guest.name");
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void aBookingIsMadeOnceForAnIdempotencyKeyAndTheRoomIsThenTaken() {
        String body = booking(JAN_1, JAN_3).toString();
        String idempotencyKey = UUID.randomUUID().toString();

        Answer first = post("/bookings", body, idempotencyKey);
        Answer retry = post("/bookings", body, idempotencyKey);
        Answer reused = post("/bookings", booking(JAN_3, JAN_5).toString(), idempotencyKey);
        Answer taken = post("/bookings", body, UUID.randomUUID().toString());

        assertThat(first.status()).isEqualTo(201);
        JsonObject booking = json(first);
        assertThat(booking.getString("status")).isEqualTo("unpaid");
        assertThat(booking.getString("payment_method")).isEqualTo("pay_on_arrival");
        assertThat(booking.getJsonObject("total").getInt("amount_minor")).isEqualTo(27_000);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
        assertThat(post("/bookings", body, null).status()).isEqualTo(400);
    }

    @Test
    void aBookingThatNamesNoLanguageTakesTheOrganisationsDefault() {
        fixtures.defaultLanguage(org, "pt");

        Answer unnamed = post("/bookings", booking(JAN_1, JAN_3).toString(), UUID.randomUUID().toString());
        Answer french = post("/bookings", Json.createObjectBuilder(booking(JAN_3, JAN_5)).add("language", "fr").build()
                .toString(), UUID.randomUUID().toString());

        assertThat(unnamed.status()).isEqualTo(201);
        assertThat(json(unnamed).getString("language")).isEqualTo("pt");
        assertThat(json(french).getString("language")).isEqualTo("fr");
    }

    @Test
    void aKeyUsedMoreThanADayAgoIsTakenAfresh() {
        String idempotencyKey = UUID.randomUUID().toString();
        assertThat(post("/bookings", booking(JAN_1, JAN_3).toString(), idempotencyKey).status()).isEqualTo(201);

        fixtures.ageIdempotencyKeys(org, Duration.ofHours(25));
        Answer later = post("/bookings", booking(JAN_3, JAN_5).toString(), idempotencyKey);

        assertThat(later.status()).isEqualTo(201);
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid", "unpaid");
    }

    @Test
    void tenConcurrentIdenticalRequestsMakeOneBooking() throws Exception {
        String body = booking(JAN_1, JAN_3).toString();
        String idempotencyKey = UUID.randomUUID().toString();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Answer>> requests = IntStream.range(0, 10)
                    .<Callable<Answer>>mapToObj(i -> () -> post("/bookings", body, idempotencyKey)).toList();
            List<Integer> statuses = clients.invokeAll(requests).stream().map(BookingsApiIT::get).map(Answer::status).toList();

            assertThat(statuses).allMatch(status -> status == 201 || status == 409).contains(201);
        } finally {
            clients.shutdown();
        }
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
    }

    @Test
    void aBookingIsReadAndCancelledWhichFreesItsRoom() {
        Answer created = post("/bookings", booking(JAN_1, JAN_3).toString(), UUID.randomUUID().toString());
        String reference = json(created).getString("reference");

        Answer read = Pages.api(path("/bookings/" + reference), key);
        // The 201 is built in the booking's transaction; it must read exactly as the stored booking does.
        assertThat(read.body()).isEqualTo(created.body());
        Answer cancelled = post("/bookings/" + reference + "/cancel", "", null);
        Answer again = post("/bookings/" + reference + "/cancel", "", null);

        assertThat(json(read).getJsonObject("guest").getString("email")).isEqualTo("ada@example.org");
        assertThat(json(cancelled).getString("status")).isEqualTo("cancelled");
        assertThat(again.status()).isEqualTo(409);
        assertThat(fixtures.blockingRanges(org)).isEmpty();
        assertThat(fixtures.history(fixtures.bookingId(org, reference))).containsExactly(
                "API key Test integration: Booked through the API, to pay on arrival.",
                "API key Test integration: Cancelled; the room is free again for those nights.");
    }

    @Test
    void bookingsAreListedAPageAtATimeByCursorAndFilteredByStatus() {
        String first = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
        String second = fixtures.reference(fixtures.cancelledBooking(org, room, JAN_1, JAN_3));
        String third = fixtures.reference(fixtures.paidBooking(org, room, JAN_3, JAN_5));
        Organisation other = fixtures.organisation("Elsewhere");
        fixtures.paidBooking(other, fixtures.item(other, "Their Loft"), JAN_1, JAN_3);

        JsonObject page1 = json(Pages.api(path("/bookings?limit=2"), key));
        JsonObject page2 = json(Pages.api(path("/bookings?limit=2&cursor=" + page1.getString("next_cursor")), key));
        JsonObject paid = json(Pages.api(path("/bookings?status=paid&from=" + JAN_3), key));

        assertThat(page1.getJsonArray("bookings")).extracting(b -> b.asJsonObject().getString("reference")).containsExactly(first, second);
        assertThat(page2.getJsonArray("bookings")).extracting(b -> b.asJsonObject().getString("reference")).containsExactly(third);
        assertThat(page2.containsKey("next_cursor")).isFalse();
        assertThat(paid.getJsonArray("bookings")).extracting(b -> b.asJsonObject().getString("reference")).containsExactly(third);
        for (String bad : List.of("?cursor=not-a-cursor", "?limit=0", "?limit=ten", "?status=lost", "?from=yesterday",
                "?from=%2B99999-01-01")) {
            Answer answer = Pages.api(path("/bookings" + bad), key);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.contentType()).as(bad).startsWith("application/problem+json");
        }
    }

    @Test
    void aBookingOfTwoRoomsIsListedOnceWithBothRoomsAndItsOneTotal() {
        Item garden = fixtures.item(org, "Garden Room", 9_000);
        long family = fixtures.paidBooking(org, room, JAN_1, JAN_3);
        fixtures.priceAt(family, 24_000);
        fixtures.addRoom(family, garden, 18_000);
        String alone = fixtures.reference(fixtures.paidBooking(org, room, JAN_3, JAN_5));

        JsonArray all = json(Pages.api(path("/bookings"), key)).getJsonArray("bookings");
        JsonArray inTheGarden = json(Pages.api(path("/bookings?item_id=" + garden.id()), key)).getJsonArray("bookings");

        assertThat(all).extracting(b -> b.asJsonObject().getString("reference")).containsExactly(fixtures.reference(family), alone);
        JsonObject listed = all.getJsonObject(0);
        assertThat(listed.getJsonObject("total").getInt("amount_minor")).isEqualTo(42_000);
        assertThat(listed.getJsonArray("items")).extracting(i -> i.asJsonObject().getString("item_title") + " "
                + i.asJsonObject().getString("check_in") + " " + i.asJsonObject().getJsonObject("price").getInt("amount_minor"))
                .containsExactly("Sea Room " + JAN_1 + " 24000", "Garden Room " + JAN_1 + " 18000");
        assertThat(inTheGarden).extracting(b -> b.asJsonObject().getJsonArray("items").size()).containsExactly(2);
        assertThat(Pages.api(path("/bookings?item_id=garden"), key).status()).isEqualTo(400);
    }

    @Test
    void aCardOrganisationsBookingIsAHoldWithItsCheckoutUrl() {
        Organisation cards = fixtures.cardOrganisation("Card Place");
        Item suite = fixtures.item(cards, "Suite");
        String cardKey = fixtures.apiKey(cards);
        String body = Json.createObjectBuilder(booking(JAN_1, JAN_3)).add("item_id", suite.id()).add("add_ons", Json.createArrayBuilder())
                .build().toString();

        Answer answer = Pages.post("/api/v3/organisations/" + cards.id() + "/bookings", "application/json", body,
                "Authorization", "Bearer " + cardKey, "Idempotency-Key", UUID.randomUUID().toString());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(json(answer).getString("payment_method")).isEqualTo("stripe");
        assertThat(json(answer).getString("checkout_url")).contains("/pay/cs_test_");
        assertThat(json(answer).getString("hold_expires_at")).isNotBlank();
    }

    @Test
    void anotherOrganisationsKeyFindsNothingOnAnyPath() {
        String reference = json(post("/bookings", booking(JAN_1, JAN_3).toString(), UUID.randomUUID().toString()))
                .getString("reference");
        Organisation other = fixtures.organisation("Elsewhere");
        String theirs = fixtures.apiKey(other);

        List<Answer> answers = List.of(
                Pages.api(path("/items"), theirs),
                Pages.api(path("/items/" + room.id()), theirs),
                Pages.api(path("/bookings"), theirs),
                Pages.post(path("/quotes"), "application/json", stay(1, false).toString(), "Authorization", "Bearer " + theirs),
                Pages.post(path("/bookings"), "application/json", booking(JAN_3, JAN_5).toString(),
                        "Authorization", "Bearer " + theirs, "Idempotency-Key", UUID.randomUUID().toString()),
                Pages.api(path("/bookings/" + reference), theirs),
                Pages.post(path("/bookings/" + reference + "/cancel"), "application/json", "", "Authorization", "Bearer " + theirs),
                Pages.api("/api/v3/organisations/" + other.id() + "/bookings/" + reference, theirs));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        });
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
    }

    private JsonObject stay(int guests, boolean withBreakfast) {
        var addOns = Json.createArrayBuilder();
        if (withBreakfast) {
            addOns.add(Json.createObjectBuilder().add("add_on_id", breakfast).add("quantity", 1));
        }
        return Json.createObjectBuilder().add("item_id", room.id()).add("check_in", JAN_1.toString())
                .add("checkout", JAN_3.toString()).add("guests", guests).add("add_ons", addOns).build();
    }

    private JsonObject booking(java.time.LocalDate checkIn, java.time.LocalDate checkout) {
        return Json.createObjectBuilder(stay(2, true)).add("check_in", checkIn.toString()).add("checkout", checkout.toString())
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", "ada@example.org")
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build();
    }

    private Answer post(String subPath, String body, String idempotencyKey) {
        return idempotencyKey == null
                ? Pages.post(path(subPath), "application/json", body, "Authorization", "Bearer " + key)
                : Pages.post(path(subPath), "application/json", body, "Authorization", "Bearer " + key, "Idempotency-Key", idempotencyKey);
    }

    private String path(String subPath) {
        return "/api/v3/organisations/" + org.id() + subPath;
    }

    private static Answer get(Future<Answer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(Answer answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
