package dev.bookspace.webhook;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.GuardedHttpClient;
import dev.bookspace.shared.OutboundAddresses;
import dev.bookspace.shared.OutboundGuard;
import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiContract;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.WebhookReceiver;
import dev.bookspace.testing.WebhookReceiver.Received;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Outgoing webhooks as an integrator's endpoint receives them: signed, sent for every kind of
 * change, retried with growing delays until accepted, and never in a booking's way.
 */
@FullStack
@RunAsClient
class WebhooksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private Organisation org;
    private Item room;
    private String key;

    @BeforeEach
    void organisationWithARoomAndAKey() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room", 12_000);
        key = fixtures.apiKey(org);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aBookingMadeThroughTheApiIsSentToTheEndpointSigned() {
        String secret = fixtures.webhookEndpoint(org, receiver.url());

        String reference = book(JAN_1, JAN_3);
        Received created = receiver.next(PATIENCE);

        JsonObject event = json(created.body());
        assertThat(event.getString("type")).isEqualTo("booking.created");
        assertThat(created.header("Bookspace-Event-Type")).isEqualTo("booking.created");
        assertThat(created.header("Bookspace-Event-Id")).isEqualTo(event.getString("id")).startsWith("evt_");
        assertThat(created.header("Content-Type")).startsWith("application/json");
        assertThat(event.getJsonNumber("organisation_id").longValue()).isEqualTo(org.id());
        JsonObject booking = event.getJsonObject("data").getJsonObject("booking");
        assertThat(booking.getString("reference")).isEqualTo(reference);
        assertThat(booking.getString("status")).isEqualTo("unpaid");
        assertThat(booking.getJsonObject("total").getInt("amount_minor")).isEqualTo(24_000);
        assertThat(booking.getJsonObject("guest").getString("email")).isEqualTo("ada@example.org");
        assertSignedWith(secret, created);
        assertThat(ApiContract.served(new ApiClient(Pages.BASE_URL)).disagreementsWithWebhook(created::header, created.body()))
                .as("the webhook as the OpenAPI document describes it").isEmpty();
        awaitDeliveries(List.of("booking.created " + reference + " delivered 1 200"));
    }

    @Test
    void anEndpointThatFailsIsTriedAgainLaterAndLaterUntilItAccepts() {
        receiver.answering(500, 503);
        String secret = fixtures.webhookEndpoint(org, receiver.url());

        String reference = book(JAN_1, JAN_3);
        Received first = receiver.next(PATIENCE);
        Received second = receiver.next(PATIENCE);
        Received third = receiver.next(PATIENCE);

        for (Received attempt : List.of(first, second, third)) {
            assertThat(attempt.header("Bookspace-Event-Id")).isEqualTo(first.header("Bookspace-Event-Id"));
            assertThat(attempt.body()).isEqualTo(first.body());
            assertSignedWith(secret, attempt);
        }
        // The tests' server waits 1 s before the first retry (30 s in production), then twice as long.
        assertThat(Duration.between(first.at(), second.at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(second.at(), third.at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        awaitDeliveries(List.of("booking.created " + reference + " delivered 3 200"));
        assertThat(receiver.waiting()).isEmpty();
    }

    @Test
    void expiryAndCancellationAreSentAsTheyHappen() {
        fixtures.webhookEndpoint(org, receiver.url());
        long lapsed = fixtures.unpaidHold(org, room, JAN_1, JAN_3, Instant.now().minusSeconds(60));

        // Booking the room first expires the lapsed hold on it; then the integrator cancels its booking.
        String reference = book(JAN_1, JAN_3);
        assertThat(post("/bookings/" + reference + "/cancel", "", null).status()).isEqualTo(200);

        List<Received> received = List.of(receiver.next(PATIENCE), receiver.next(PATIENCE), receiver.next(PATIENCE));
        ApiContract contract = ApiContract.served(new ApiClient(Pages.BASE_URL));
        for (Received request : received) {
            assertThat(contract.disagreementsWithWebhook(request::header, request.body())).isEmpty();
        }
        List<String> events = received.stream()
                .map(request -> json(request.body()))
                .map(event -> event.getString("type") + " " + event.getJsonObject("data").getJsonObject("booking").getString("reference"))
                .toList();
        assertThat(events).containsExactlyInAnyOrder("booking.expired " + fixtures.reference(lapsed),
                "booking.created " + reference, "booking.cancelled " + reference);
    }

    @Test
    void aCardPaymentIsSentAsBookingPaid() {
        Organisation cards = fixtures.cardOrganisation("Card Place");
        Item suite = fixtures.item(cards, "Suite");
        String secret = fixtures.webhookEndpoint(cards, receiver.url());
        String reference = fixtures.cardHold(cards, suite, JAN_1, JAN_3, "cs_test_webhook_paid", "ada@example.org");
        StripeStandIn.Delivery completed = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed",
                "cs_test_webhook_paid");

        assertThat(Pages.post("/api/v3/organisations/" + cards.id() + "/stripe-webhooks", "application/json; charset=utf-8",
                completed.payload(), "Stripe-Signature", completed.signature()).status()).isEqualTo(200);
        Received paid = receiver.next(PATIENCE);

        JsonObject event = json(paid.body());
        assertThat(event.getString("type")).isEqualTo("booking.paid");
        assertThat(event.getJsonObject("data").getJsonObject("booking").getString("reference")).isEqualTo(reference);
        assertThat(event.getJsonObject("data").getJsonObject("booking").getString("status")).isEqualTo("paid");
        assertSignedWith(secret, paid);
        assertThat(ApiContract.served(new ApiClient(Pages.BASE_URL)).disagreementsWithWebhook(paid::header, paid.body())).isEmpty();
    }

    @Test
    void aHungOrDeadEndpointNeverHoldsUpABooking() throws IOException {
        receiver.answeringAfter(Duration.ofSeconds(15));
        fixtures.webhookEndpoint(org, receiver.url());
        fixtures.webhookEndpoint(org, "http://127.0.0.1:" + closedPort() + "/hooks");
        String first = book(JAN_1, JAN_3);
        receiver.next(PATIENCE);

        // The delivery job is now waiting on the hung endpoint; bookings go through as fast as ever.
        for (LocalDate checkIn : List.of(JAN_3, JAN_5)) {
            long started = System.nanoTime();
            book(checkIn, checkIn.plusDays(2));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }

        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid", "unpaid", "unpaid");
        awaitLastFailures("No answer within 10 seconds.", "Connection refused.");
        assertThat(fixtures.webhookDeliveries(org)).anySatisfy(delivery ->
                assertThat(delivery).startsWith("booking.created " + first + " pending"));
    }

    @Test
    void aWebhookToALoopbackAddressIsRefused() {
        // The server under test allows loopback, as development does, since this receiver lives there:
        // production's rule is checked with a sender built here, over the same client, aimed at it.
        GuardedHttpClient production = GuardedHttpClient.start(OutboundGuard.of(OutboundAddresses.publicOnly()),
                WebhookSender.CONNECT_TIMEOUT, WebhookSender.ANSWER_TIMEOUT, Executors.defaultThreadFactory());
        try (production) {
            String https = receiver.url().replace("http://", "https://");
            String byName = receiver.url().replace("127.0.0.1", "localhost");
            WebhookSender sender = new WebhookSender(production);

            List<DeliveryOutcome> outcomes = List.of(
                    sender.send(new DueDelivery(1, receiver.url(), "whsec_test", "evt_1", "booking.created", "{}"), Instant.now()).join(),
                    sender.send(new DueDelivery(2, https, "whsec_test", "evt_2", "booking.created", "{}"), Instant.now()).join(),
                    sender.send(new DueDelivery(3, byName.replace("http://", "https://"), "whsec_test", "evt_3", "booking.created", "{}"),
                            Instant.now()).join());

            assertThat(receiver.waiting()).isEmpty();
            assertThat(outcomes).extracting(DeliveryOutcome::failure).containsExactly(
                    "Use https://: events carry guests' names and addresses, so they are sent only encrypted.",
                    "Refused: 127.0.0.1 is a loopback address; only addresses on the public internet are called.",
                    "Refused: localhost resolves to 127.0.0.1, a loopback address; only addresses on the public internet are called.");
        }
    }

    @Test
    void aDeliveryToAPrivateAddressIsRefusedWithoutConnecting() {
        // Stored straight into the database, as an endpoint whose name resolved elsewhere when it was added.
        fixtures.webhookEndpoint(org, "https://169.254.169.254/latest/meta-data");
        fixtures.webhookEndpoint(org, "https://10.0.0.5/hooks");
        fixtures.webhookEndpoint(org, "https://[fd00::1]/hooks");

        book(JAN_1, JAN_3);

        awaitLastFailures(
                "Refused: 169.254.169.254 is a link-local address; only addresses on the public internet are called.",
                "Refused: 10.0.0.5 is a private address; only addresses on the public internet are called.",
                "Refused: fd00::1 is a private address; only addresses on the public internet are called.");
        assertThat(fixtures.webhookDeliveries(org)).hasSize(3)
                .allSatisfy(delivery -> assertThat(delivery).matches("booking\\.created \\S+ pending \\d+ -"));
    }

    private String book(LocalDate checkIn, LocalDate checkout) {
        String body = Json.createObjectBuilder().add("item_id", room.id()).add("check_in", checkIn.toString())
                .add("checkout", checkout.toString()).add("guests", 2)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", "ada@example.org")
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build().toString();
        Answer answer = post("/bookings", body, UUID.randomUUID().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return json(answer.body()).getString("reference");
    }

    private Answer post(String subPath, String body, String idempotencyKey) {
        String path = "/api/v3/organisations/" + org.id() + subPath;
        return idempotencyKey == null
                ? Pages.post(path, "application/json", body, "Authorization", "Bearer " + key)
                : Pages.post(path, "application/json", body, "Authorization", "Bearer " + key, "Idempotency-Key", idempotencyKey);
    }

    /** As a receiver checks it: the timestamp is fresh, and the HMAC of "timestamp.body" matches. */
    private static void assertSignedWith(String secret, Received request) {
        String timestamp = request.header("Bookspace-Timestamp");
        assertThat(Long.parseLong(timestamp)).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
        assertThat(request.header("Bookspace-Signature")).isEqualTo(request.expectedSignature(secret));
    }


    private void awaitDeliveries(List<String> expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!fixtures.webhookDeliveries(org).equals(expected) && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(fixtures.webhookDeliveries(org)).isEqualTo(expected);
    }

    private void awaitLastFailures(String... expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!fixtures.lastWebhookFailures(org).containsAll(List.of(expected)) && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(fixtures.lastWebhookFailures(org)).contains(expected);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
