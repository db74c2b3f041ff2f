package dev.bookspace.integration;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import jakarta.json.Json;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A booking request whose server died after claiming its Idempotency-Key (or that failed while the database was
 * out of reach, so the key could not be let go) left the key claimed and unanswered. The client's retry of the
 * same request books once, rather than being told "in flight" for the day the key is kept; a claim only seconds
 * old may still be running, and is left alone.
 */
@FullStack
@RunAsClient
class AbandonedIdempotencyKeyIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theRetryOfARequestWhoseServerDiedBooksOnceAndAnswersTheSameAgain() {
        Organisation org = fixtures.organisation("Phoenix Lodge");
        Item room = fixtures.item(org, "Ember Room");
        String apiKey = fixtures.apiKey(org);
        String body = bookingBody(room);
        String idempotencyKey = UUID.randomUUID().toString();
        fixtures.unansweredIdempotencyKey(apiKey, idempotencyKey, body, Duration.ofMinutes(1));

        Exchange retry = post(org, apiKey, idempotencyKey, body);
        Exchange again = post(org, apiKey, idempotencyKey, body);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(retry.body());
        assertThat(fixtures.bookingStatuses(org)).hasSize(1);
    }

    @Test
    void aClaimSecondsOldMayStillBeRunningAndIsLeftAlone() {
        Organisation org = fixtures.organisation("Patience Lodge");
        Item room = fixtures.item(org, "Waiting Room");
        String apiKey = fixtures.apiKey(org);
        String body = bookingBody(room);
        String idempotencyKey = UUID.randomUUID().toString();
        fixtures.unansweredIdempotencyKey(apiKey, idempotencyKey, body, Duration.ofSeconds(1));

        Exchange retry = post(org, apiKey, idempotencyKey, body);

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body()).contains("idempotency-key-in-flight");
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void anAbandonedKeyIsNotTakenByAnotherRequest() {
        Organisation org = fixtures.organisation("Stubborn Lodge");
        Item room = fixtures.item(org, "Other Room");
        String apiKey = fixtures.apiKey(org);
        String idempotencyKey = UUID.randomUUID().toString();
        fixtures.unansweredIdempotencyKey(apiKey, idempotencyKey, bookingBody(room), Duration.ofMinutes(1));

        Exchange other = post(org, apiKey, idempotencyKey, bookingBody(room).replace("Ada Lovelace", "Grace Hopper"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body()).contains("idempotency-key-reused");
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    /** Compact JSON, as the server writes the body it hashes. */
    private static String bookingBody(Item room) {
        return Json.createObjectBuilder().add("item_id", room.id()).add("check_in", JAN_1.toString())
                .add("checkout", JAN_3.toString()).add("guests", 2)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", "ada@example.org")
                        .add("terms_accepted", true))
                .build().toString();
    }

    private static Exchange post(Organisation org, String apiKey, String idempotencyKey, String body) {
        return new ApiClient(Pages.BASE_URL).post("/api/v3/organisations/" + org.id() + "/bookings", body)
                .key(apiKey).header("Idempotency-Key", idempotencyKey).send();
    }
}
