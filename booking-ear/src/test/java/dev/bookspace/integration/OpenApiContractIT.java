package dev.bookspace.integration;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.ApiContract;
import dev.bookspace.testing.ChannelFeeds;
import dev.bookspace.testing.SuiteDeployment;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.ResourceRoutes;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.Delivery;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API and its OpenAPI document agree: every resource method is a documented operation with the
 * parameters it reads, every documented operation is a resource method, and real answers, successes
 * and the errors cheap to provoke, have a status, media type, headers and body the document gives for
 * that operation. Adding an endpoint, a parameter or an answer field without documenting it fails here.
 */
@FullStack
@RunAsClient
class OpenApiContractIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    /** Where booking-api.war is unpacked to load its classes (a field: Arquillian resolves test method parameters itself). */
    @TempDir
    Path unpacked;

    private final ApiClient api = new ApiClient(Pages.BASE_URL);
    private ApiContract contract;
    private Organisation org;
    private Item room;
    private long breakfast;
    private String key;
    private Long closedDatesId;

    @BeforeEach
    void theServedDocumentAndAnOrganisationWithARoomAndAKey() {
        contract = ApiContract.served(api);
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room", 12_000);
        breakfast = fixtures.addOn(org, null, "Breakfast", 1_500, "per_guest", 1);
        key = fixtures.apiKey(org);
    }

    @Test
    void theDocumentIsServedWithoutAKeyAsYamlOrJson() {
        Exchange yaml = api.get(ApiContract.DOCUMENT_PATH).send();
        Exchange asked = api.get(ApiContract.DOCUMENT_PATH).header("Accept", "application/json").send();
        Exchange byParameter = api.get(ApiContract.DOCUMENT_PATH + "?format=JSON").send();

        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(yaml.body()).contains("openapi: 3.1.0", "/api/v3/organisations/{organisation_id}/bookings");
        assertThat(asked.contentType()).startsWith("application/json");
        assertThat(byParameter.contentType()).startsWith("application/json");
        assertThat(asked.body()).isEqualTo(byParameter.body());
        assertThat(contract.document().path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(api.get("/openapi").send().status()).as("the host's empty aggregate document is switched off").isEqualTo(404);
    }

    @Test
    void theReferencePageDrawsTheServedDocumentWithAssetsOfItsOwn() {
        Exchange page = api.get("/api/v3/docs").send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        Document html = Jsoup.parse(page.body(), Pages.BASE_URL + "/api/v3/docs");
        assertThat(html.selectFirst("[data-role=api-reference]").absUrl("data-document"))
                .isEqualTo(Pages.BASE_URL + ApiContract.DOCUMENT_PATH);
        List<String> assets = html.select("script[src], link[rel=stylesheet]").stream()
                .map(element -> element.absUrl(element.hasAttr("src") ? "src" : "href")).toList();
        assertThat(assets).hasSize(3).allSatisfy(asset -> {
            assertThat(asset).startsWith(Pages.BASE_URL + "/api/");
            assertThat(api.get(asset.substring(Pages.BASE_URL.length())).send().status()).as(asset).isEqualTo(200);
        });
    }

    @Test
    void everyResourceMethodIsDocumentedWithItsParametersAndEveryDocumentedOperationIsAResourceMethod() {
        List<ResourceRoutes.Route> routes = ResourceRoutes.of(SuiteDeployment.asShipped(), "booking-api.war", unpacked);

        assertThat(routes).as("resource methods found in booking-api.war").hasSizeGreaterThanOrEqualTo(8);
        assertThat(contract.disagreementsWith(routes)).as("where booking-api's resources and its OpenAPI document disagree")
                .isEmpty();
    }

    @Test
    void itemsAnswerAsDocumented() {
        fixtures.paidBooking(org, fixtures.item(org, "Suite"), JAN_1, JAN_3);
        // The answers carry a photo's addresses and sizes; the image itself is not read here.
        fixtures.roomPhoto(org, room, "view.jpg", true, new byte[] {(byte) 0xFF, (byte) 0xD8}, 640, 427);

        contract.expect(200, api.get(path("/items")).key(key).send());
        contract.expect(200, api.get(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_3)).key(key).send());
        contract.expect(400, api.get(path("/items?check_in=" + JAN_3 + "&checkout=" + JAN_1)).key(key).send());
        contract.expect(400, api.get(path("/items?check_in=" + JAN_1)).key(key).send());
        fixtures.closedDates(org, room, JAN_1, JAN_3, "Painting");
        String unavailable = "&guests=3&include_unavailable=true";
        contract.expect(200, api.get(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_3 + unavailable)).key(key).send());
        contract.expect(400, api.get(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_3 + "&include_unavailable=yes")).key(key).send());
        contract.expect(400, api.get(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_3 + "&guests=0")).key(key).send());
        contract.expect(200, api.get(path("/items/" + room.id())).key(key).send());
        contract.expect(404, api.get(path("/items/999999999")).key(key).send());
        contract.expect(404, api.get(path("/items/sea-room")).key(key).send());
    }

    @Test
    void itemFactsAndSortingAnswerAsDocumented() {
        String facts = path("/items/" + room.id() + "/facts");

        contract.expect(200, api.put(facts, """
                {"beds": [{"kind": "double", "count": 1}, {"kind": "sofa_bed", "count": 1}], "size_m2": 25,
                 "amenities": ["wifi", "balcony"], "check_in_time": "16:00", "checkout_time": "10:00"}""").key(key).send());
        contract.expect(200, api.get(path("/items/" + room.id())).key(key).send());
        contract.expect(200, api.get(path("/items")).key(key).send());
        contract.expect(200, api.get(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_3 + "&sort=size&limit=1")).key(key).send());
        contract.expect(400, api.get(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_3 + "&sort=cheapest")).key(key).send());
        contract.expect(400, api.get(path("/items?sort=price")).key(key).send());
        contract.expect(422, api.put(facts, """
                {"size_m2": 0, "amenities": ["jacuzzi"], "beds": [{"kind": "hammock", "count": 1}]}""").key(key).send());
        contract.expect(400, api.put(facts, "{\"size_m2\": \"big\", \"check_in_time\": \"4pm\", \"colour\": \"blue\"}")
                .key(key).send());
        contract.expect(404, api.put(path("/items/999999999/facts"), "{}").key(key).send());
        contract.expect(415, api.put(facts, "{}").header("Content-Type", "text/plain").key(key).send());
    }

    @Test
    void itemTranslationsAnswerAsDocumented() {
        String german = path("/items/" + room.id() + "/translations/de");

        contract.expect(200, api.put(german, """
                {"title": "Zimmer zum Meer", "description": "Mit Balkon."}""").key(key).send());
        contract.expect(200, api.get(path("/items/" + room.id())).key(key).send());
        contract.expect(200, api.get(path("/items")).key(key).send());
        contract.expect(200, api.get(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_3)).key(key).send());
        contract.expect(422, api.put(german, "{\"title\": \" \"}").key(key).send());
        contract.expect(400, api.put(german, "{\"title\": 7, \"colour\": \"blue\"}").key(key).send());
        contract.expect(400, api.put(path("/items/" + room.id() + "/translations/es"), "{\"title\": \"Habitación\"}")
                .key(key).send());
        contract.expect(404, api.put(path("/items/999999999/translations/de"), "{\"title\": \"Zimmer\"}").key(key).send());
        contract.expect(415, api.put(german, "{}").header("Content-Type", "text/plain").key(key).send());
        contract.expect(204, api.request("DELETE", german).key(key).send());
        contract.expect(404, api.request("DELETE", german).key(key).send());
    }

    @Test
    void quotesAnswerAsDocumented() {
        contract.expect(200, quote(stay(room.id(), JAN_1, JAN_3).build().toString()));
        contract.expect(400, quote("""
                {"item_id": "one", "check_in": "1 January", "guests": 2.5, "colour": "blue"}"""));
        contract.expect(400, quote("{not json"));
        contract.expect(404, quote(stay(999_999_999, JAN_1, JAN_3).build().toString()));
        contract.expect(413, quote("{\"item_id\": \"" + "x".repeat(100_000) + "\"}"));
        contract.expect(415, api.post(path("/quotes"), stay(room.id(), JAN_1, JAN_3).build().toString())
                .header("Content-Type", "text/plain").key(key).send());
    }

    @Test
    void bookingsAnswerAsDocumented() {
        String body = booking(room.id(), JAN_1, JAN_3).toString();
        String idempotencyKey = UUID.randomUUID().toString();

        Exchange created = book(body, idempotencyKey);
        contract.expect(201, created);
        assertThat(json(created).getJsonArray("items").getJsonObject(0).getString("unit_name")).isEqualTo("1");
        Exchange replayed = book(body, idempotencyKey);
        contract.expect(201, replayed);
        assertThat(replayed.header("Idempotent-Replayed")).contains("true");
        contract.expect(422, book(booking(room.id(), JAN_3, JAN_5).toString(), idempotencyKey));
        contract.expect(409, book(body, UUID.randomUUID().toString()));
        contract.expect(400, api.post(path("/bookings"), body).key(key).send());
        contract.expect(400, book(body.replace("ada@example.org", "ada at example"), UUID.randomUUID().toString()));
        contract.expect(400, book(Json.createObjectBuilder(booking(room.id(), JAN_3, JAN_5)).add("language", "es").build()
                .toString(), UUID.randomUUID().toString()));
        contract.expect(404, book(booking(999_999_999, JAN_3, JAN_5).toString(), UUID.randomUUID().toString()));
        contract.expect(413, book("{\"notes\": \"" + "x".repeat(100_000) + "\"}", UUID.randomUUID().toString()));
        contract.expect(415, api.post(path("/bookings"), body).header("Content-Type", "text/plain").key(key)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send());

        String reference = json(created).getString("reference");
        contract.expect(200, api.get(path("/bookings/" + reference)).key(key).send());
        contract.expect(404, api.get(path("/bookings/T-NOTHING")).key(key).send());
        contract.expect(200, cancel(reference));
        contract.expect(409, cancel(reference));
        contract.expect(404, cancel("T-NOTHING"));
    }

    @Test
    void bookingsOfSeveralRoomsAnswerAsDocumented() {
        Item garden = fixtures.item(org, "Garden Room", 9_000);
        JsonObject twoRooms = Json.createObjectBuilder(booking(room.id(), JAN_1, JAN_3)).remove("item_id").remove("guests")
                .remove("add_ons").add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("item_id", room.id()).add("guests", 2).add("add_ons",
                                Json.createArrayBuilder().add(Json.createObjectBuilder().add("add_on_id", breakfast))))
                        .add(Json.createObjectBuilder().add("item_id", garden.id())))
                .build();

        Exchange created = book(twoRooms.toString(), UUID.randomUUID().toString());
        contract.expect(201, created);
        assertThat(json(created).getJsonArray("items")).hasSize(2);
        contract.expect(200, api.get(path("/bookings/" + json(created).getString("reference"))).key(key).send());
        Exchange taken = book(twoRooms.toString(), UUID.randomUUID().toString());
        contract.expect(409, taken);
        // Both rooms are taken now; the refusal names the first the database refused.
        assertThat(json(taken).getString("detail")).matches("(Sea|Garden) Room was just booked for some of those nights\\. Nothing was booked\\.");
        contract.expect(400, book(Json.createObjectBuilder(twoRooms).add("item_id", room.id()).build().toString(),
                UUID.randomUUID().toString()));
        contract.expect(400, book(Json.createObjectBuilder(twoRooms).add("items", Json.createArrayBuilder()).build().toString(),
                UUID.randomUUID().toString()));

        String change = path("/bookings/" + json(created).getString("reference") + "/change");
        JsonObject gardenOnly = Json.createObjectBuilder().add("check_in", JAN_3.toString()).add("checkout", JAN_5.toString())
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("item_id", garden.id()))).build();
        contract.expect(400, api.post(change, Json.createObjectBuilder(gardenOnly).add("item_id", garden.id()).build().toString())
                .key(key).send());
        Exchange changed = api.post(change, gardenOnly.toString()).key(key).send();
        contract.expect(200, changed);
        assertThat(json(changed).getJsonArray("items")).hasSize(1);
    }

    @Test
    void bookingChangesAnswerAsDocumented() {
        String reference = json(book(booking(room.id(), JAN_1, JAN_3).toString(), UUID.randomUUID().toString()))
                .getString("reference");

        contract.expect(200, changeOf(reference, JAN_3, JAN_5));
        contract.expect(400, changeOf(reference, JAN_5, JAN_3));
        contract.expect(404, changeOf("T-NOTHING", JAN_3, JAN_5));
        contract.expect(200, cancel(reference));
        contract.expect(409, changeOf(reference, JAN_3, JAN_5));
    }

    @Test
    void staysTheRulesRefuseAnswerAsDocumented() {
        Organisation strict = fixtures.organisation("Strict House");
        fixtures.stayRule(strict, "min_nights", 3);
        Item strictRoom = fixtures.item(strict, "Loft");
        String strictKey = fixtures.apiKey(strict);
        String base = "/api/v3/organisations/" + strict.id();

        contract.expect(422, api.get(base + "/items?check_in=" + JAN_1 + "&checkout=" + JAN_3).key(strictKey).send());
        contract.expect(200, api.get(base + "/items?check_in=" + JAN_1 + "&checkout=" + JAN_3 + "&include_unavailable=true")
                .key(strictKey).send());
        contract.expect(422, api.post(base + "/quotes", stay(strictRoom.id(), JAN_1, JAN_3).build().toString()).key(strictKey).send());
        contract.expect(422, api.post(base + "/bookings", booking(strictRoom.id(), JAN_1, JAN_3).toString()).key(strictKey)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send());
    }

    @Test
    void closedDatesAnswerAsDocumented() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);
        String closedDates = path("/items/" + room.id() + "/closed-dates");

        Exchange closed = api.post(closedDates, closure(JAN_3, JAN_5, "Painting")).key(key).send();
        contract.expect(201, closed);
        contract.expect(200, api.get(closedDates).key(key).send());
        contract.expect(409, api.post(closedDates, closure(JAN_1, JAN_5, "Plumbing")).key(key).send());
        contract.expect(400, api.post(closedDates, closure(JAN_5, JAN_3, "Plumbing")).key(key).send());
        contract.expect(400, api.post(closedDates, "{\"reason\": \"Plumbing\", \"colour\": \"blue\"}").key(key).send());
        // A room of one unit has no unit 2; its only unit is every unit.
        contract.expect(400, api.post(closedDates, closure(JAN_5, JAN_5.plusDays(1), "Plumbing").replace("}", ", \"unit\": 2}"))
                .key(key).send());
        Exchange everyUnit = api.post(closedDates, closure(JAN_5, JAN_5.plusDays(1), "Plumbing").replace("}", ", \"every_unit\": true}"))
                .key(key).send();
        contract.expect(201, everyUnit);
        assertThat(json(everyUnit).getJsonArray("units").toString() + " " + json(everyUnit).getBoolean("every_unit"))
                .isEqualTo("[1] true");
        contract.expect(404, api.post(path("/items/999999999/closed-dates"), closure(JAN_3, JAN_5, "Painting")).key(key).send());
        contract.expect(413, api.post(closedDates, closure(JAN_3, JAN_5, "x".repeat(100_000))).key(key).send());
        contract.expect(415, api.post(closedDates, closure(JAN_3, JAN_5, "Painting")).header("Content-Type", "text/plain")
                .key(key).send());
        String reopen = closedDates + "/" + json(closed).getJsonNumber("id").longValue();
        contract.expect(204, api.request("DELETE", reopen).key(key).send());
        contract.expect(404, api.request("DELETE", reopen).key(key).send());
    }

    @Test
    void calendarSyncAnswersAsDocumented() {
        try (ChannelFeeds channels = new ChannelFeeds()) {
            channels.serve("/airbnb.ics", "BEGIN:VCALENDAR\r\nPRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN\r\nVERSION:2.0\r\n"
                    + "END:VCALENDAR\r\n");
            String sync = path("/items/" + room.id() + "/calendar-sync");

            contract.expect(200, api.get(sync).key(key).send());
            contract.expect(200, api.post(sync + "/export-url", "").key(key).send());
            Exchange added = api.post(sync + "/imports", "{\"name\": \"Airbnb\", \"url\": \"" + channels.url("/airbnb.ics") + "\"}")
                    .key(key).send();
            contract.expect(201, added);
            String imported = sync + "/imports/" + json(added).getJsonNumber("id").longValue();
            contract.expect(200, api.post(imported + "/fetch", "").key(key).send());
            contract.expect(200, api.get(sync).key(key).send());
            contract.expect(400, api.post(sync + "/imports", "{\"name\": \"Airbnb\", \"url\": \"https://10.0.0.7/a.ics\"}").key(key).send());
            contract.expect(415, api.post(sync + "/imports", "{}").header("Content-Type", "text/plain").key(key).send());
            contract.expect(404, api.get(path("/items/999999999/calendar-sync")).key(key).send());
            contract.expect(204, api.request("DELETE", imported).key(key).send());
            contract.expect(404, api.request("DELETE", imported).key(key).send());
            contract.expect(404, api.post(imported + "/fetch", "").key(key).send());
        }
    }

    private static String closure(LocalDate checkIn, LocalDate checkout, String reason) {
        return Json.createObjectBuilder().add("check_in", checkIn.toString()).add("checkout", checkout.toString())
                .add("reason", reason).build().toString();
    }

    @Test
    void bookingListsAnswerAsDocumented() {
        Item garden = fixtures.item(org, "Garden Room", 9_000);
        fixtures.addRoom(fixtures.paidBooking(org, room, JAN_1, JAN_3), garden, 9_000);
        fixtures.cancelledBooking(org, room, JAN_1, JAN_3);

        Exchange firstPage = api.get(path("/bookings?limit=1")).key(key).send();
        contract.expect(200, firstPage);
        String cursor = json(firstPage).getString("next_cursor");
        contract.expect(200, api.get(path("/bookings?status=cancelled&from=" + JAN_1 + "&until=" + JAN_5 + "&cursor=" + cursor))
                .key(key).send());
        contract.expect(200, api.get(path("/bookings?item_id=" + garden.id())).key(key).send());
        for (String bad : List.of("?limit=0", "?limit=ten", "?status=lost", "?from=yesterday", "?cursor=not-a-cursor", "?item_id=x")) {
            contract.expect(400, api.get(path("/bookings" + bad)).key(key).send());
        }
    }

    @Test
    void aCardBookingAnswersAsDocumentedWithItsHoldAndCheckoutUrl() {
        Organisation cards = fixtures.cardOrganisation("Card Place");
        Item suite = fixtures.item(cards, "Suite");
        String cardKey = fixtures.apiKey(cards);

        Exchange held = api.post("/api/v3/organisations/" + cards.id() + "/bookings", booking(suite.id(), JAN_1, JAN_3).toString())
                .key(cardKey).header("Idempotency-Key", UUID.randomUUID().toString()).send();

        contract.expect(201, held);
        assertThat(json(held).getString("checkout_url")).isNotBlank();
        assertThat(json(held).getString("hold_expires_at")).isNotBlank();
        contract.expect(200, api.post("/api/v3/organisations/" + cards.id() + "/bookings/" + json(held).getString("reference")
                + "/cancel", "").key(cardKey).send());
    }

    /** Every kind of price line, a policy's words and a deposit's balance, each checked against the document. */
    @Test
    void aBookingWithADiscountFeesTaxesAPolicyAndADepositAnswersAsDocumented() {
        Organisation cards = fixtures.cardOrganisation("Card Place");
        Item suite = fixtures.item(cards, "Suite");
        String cardKey = fixtures.apiKey(cards);
        fixtures.stayDiscount(cards, 2, BigDecimal.TEN);
        fixtures.charge(cards, "Cleaning", "per_booking", 3_000L, null);
        fixtures.charge(cards, "City tax", "per_guest_night", 250L, null);
        fixtures.charge(cards, "Tourism levy", "percent_added", null, BigDecimal.valueOf(5));
        fixtures.charge(cards, "VAT", "percent_included", null, BigDecimal.TEN);
        fixtures.cancellationPolicy(cards, "7:100,0:50");
        fixtures.deposits(cards, "30%", 7);
        String bookings = "/api/v3/organisations/" + cards.id() + "/bookings";

        contract.expect(200, api.post("/api/v3/organisations/" + cards.id() + "/quotes",
                stay(suite.id(), JAN_1, JAN_3).build().toString()).key(cardKey).send());
        Exchange held = api.post(bookings, booking(suite.id(), JAN_1, JAN_3).toString())
                .key(cardKey).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        contract.expect(201, held);
        assertThat(json(held).getJsonArray("lines")).extracting(line -> line.asJsonObject().getString("kind"))
                .contains("nights", "discount", "fee", "tax", "included_tax");
        assertThat(json(held).getJsonArray("cancellation_policy")).isNotEmpty();

        String session = json(held).getString("checkout_url").replaceAll(".*/pay/", "");
        Delivery paid = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", session);
        assertThat(Pages.post("/api/v3/organisations/" + cards.id() + "/stripe-webhooks", "application/json; charset=utf-8",
                paid.payload(), "Stripe-Signature", paid.signature()).status()).isEqualTo(200);
        Exchange depositPaid = api.get(bookings + "/" + json(held).getString("reference")).key(cardKey).send();
        contract.expect(200, depositPaid);
        assertThat(json(depositPaid).getString("balance_due_on")).as("the balance's day").isNotBlank();
        contract.expect(200, api.post(bookings + "/" + json(held).getString("reference") + "/cancel", "").key(cardKey).send());
    }

    @Test
    void stripeWebhooksAnswerAsDocumented() {
        Organisation cards = fixtures.cardOrganisation("Card Place");
        fixtures.cardHold(cards, fixtures.item(cards, "Suite"), JAN_1, JAN_3, "cs_test_contract", "guest@example.org");
        Delivery completed = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", "cs_test_contract");

        contract.expect(200, webhook(cards, completed).header("Stripe-Signature", completed.signature()).send());
        contract.expect(400, webhook(cards, completed).send());
        contract.expect(404, webhook(org, completed).header("Stripe-Signature", completed.signature()).send());
    }

    @Test
    void auditEventsAnswerAsDocumented() {
        String created = json(book(booking(room.id(), JAN_1, JAN_3).toString(), UUID.randomUUID().toString())).getString("reference");
        cancel(created);

        Exchange firstPage = api.get(path("/audit-events?limit=1")).key(key).send();
        contract.expect(200, firstPage);
        String cursor = json(firstPage).getString("next_cursor");
        contract.expect(200, api.get(path("/audit-events?subject_kind=booking&subject_id=" + created + "&since=2020-01-01T00:00:00Z"
                + "&until=2999-01-01T00:00:00%2B01:00&cursor=" + cursor)).key(key).send());
        for (String bad : List.of("?limit=0", "?limit=201", "?subject_kind=planet", "?since=yesterday",
                "?until=%2B10000-01-01T00:00:00Z", "?cursor=not-a-cursor")) {
            contract.expect(400, api.get(path("/audit-events" + bad)).key(key).send());
        }
    }

    /** The key filter and the organisation check, on every operation the document puts behind a key. */
    @Test
    void everyKeyAuthenticatedOperationRefusesAMissingKeyAndAnotherOrganisationsKeyAsDocumented() {
        String theirs = fixtures.apiKey(fixtures.organisation("Elsewhere"));

        for (String operation : contract.keyAuthenticatedOperations()) {
            contract.expect(401, request(operation, null));
            contract.expect(404, request(operation, theirs));
        }
    }

    /** A request for a documented operation on this test's organisation, with a JSON body for a POST. */
    private Exchange request(String operation, String apiKey) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        String concrete = template.replace("{organisation_id}", String.valueOf(org.id()))
                .replace("{item_id}", String.valueOf(room.id())).replace("{reference}", "T-NOTHING").replace("{import_id}", "1")
                .replace("{language}", "de")
                .replace("{block_id}", template.contains("{block_id}") ? String.valueOf(closedDatesId()) : "");
        assertThat(concrete).as("a value for each parameter of " + operation).doesNotContain("{");
        ApiClient.Request request = method.equals("POST") ? api.post(concrete, "{}")
                : method.equals("PUT") ? api.put(concrete, "{}") : api.request(method, concrete);
        if (contract.takesHeader(operation, "Idempotency-Key")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return request.key(apiKey).send();
    }

    /** Closed dates of the room, made on first use. */
    private long closedDatesId() {
        if (closedDatesId == null) {
            closedDatesId = fixtures.closedDates(org, room, JAN_5, JAN_5.plusDays(1), "Painting");
        }
        return closedDatesId;
    }

    private Exchange quote(String body) {
        return api.post(path("/quotes"), body).key(key).send();
    }

    private Exchange book(String body, String idempotencyKey) {
        return api.post(path("/bookings"), body).key(key).header("Idempotency-Key", idempotencyKey).send();
    }

    private Exchange changeOf(String reference, LocalDate checkIn, LocalDate checkout) {
        return api.post(path("/bookings/" + reference + "/change"), Json.createObjectBuilder().add("check_in", checkIn.toString())
                .add("checkout", checkout.toString()).build().toString()).key(key).send();
    }

    private Exchange cancel(String reference) {
        return api.post(path("/bookings/" + reference + "/cancel"), "").key(key).send();
    }

    private ApiClient.Request webhook(Organisation organisation, Delivery delivery) {
        return api.post("/api/v3/organisations/" + organisation.id() + "/stripe-webhooks", delivery.payload());
    }

    /** Two guests, with breakfast when it is this organisation's room. */
    private JsonObjectBuilder stay(long itemId, LocalDate checkIn, LocalDate checkout) {
        JsonArrayBuilder addOns = Json.createArrayBuilder();
        if (itemId == room.id()) {
            addOns.add(Json.createObjectBuilder().add("add_on_id", breakfast).add("quantity", 1));
        }
        return Json.createObjectBuilder().add("item_id", itemId).add("check_in", checkIn.toString())
                .add("checkout", checkout.toString()).add("guests", 2).add("add_ons", addOns);
    }

    private JsonObject booking(long itemId, LocalDate checkIn, LocalDate checkout) {
        return stay(itemId, checkIn, checkout)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", "ada@example.org")
                        .add("phone", "+351 912 345 678").add("notes", "Arriving late.").add("terms_accepted", true))
                .build();
    }

    private String path(String subPath) {
        return "/api/v3/organisations/" + org.id() + subPath;
    }

    private static JsonObject json(Exchange answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
