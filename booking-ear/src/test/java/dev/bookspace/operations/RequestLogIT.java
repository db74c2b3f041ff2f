package dev.bookspace.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Management;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.TestServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lines a request logs carry its request id (the one a balancer passed in X-Request-Id) and its organisation,
 * so an operator finds all of one guest's trouble with one search. Here Stripe refuses a card booking, which the
 * server logs while answering the API's 503.
 */
@FullStack
@RunAsClient
class RequestLogIT {

    private static final Path SERVER_LOG = TestServer.SERVER_LOG;

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theLinesARequestLogsCarryItsRequestIdAndOrganisation() {
        Organisation org = fixtures.cardOrganisation("Log Lodge");
        Item room = fixtures.item(org, "Logged Room");
        String key = fixtures.apiKey(org);
        String guest = "refused-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String requestId = "it-" + UUID.randomUUID();
        double refusalsBefore = stripeRefusals();
        StubMapping refusal = StripeStandIn.server().stubFor(post(urlPathEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("customer_email=" + URLEncoder.encode(guest, StandardCharsets.UTF_8)))
                .atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"type\": \"invalid_request_error\", \"message\": \"Refused for the test.\"}}")));
        try {
            assertThat(book(org, room, key, guest, requestId).status()).isEqualTo(503);
        } finally {
            StripeStandIn.server().removeStub(refusal);
        }

        List<String> lines = awaitLogLines(requestId);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("Stripe refused a Checkout session")
                .contains("request_id=" + requestId)
                .contains("organisation_id=" + org.id()));
        assertThat(stripeRefusals()).isEqualTo(refusalsBefore + 1);
    }

    /** Books through the API as an integration would, behind a balancer that names the request when requestId is given. */
    static ApiClient.Exchange book(Organisation org, Item room, String key, String guest, String requestId) {
        String body = Json.createObjectBuilder().add("item_id", room.id()).add("check_in", JAN_1.toString())
                .add("checkout", JAN_3.toString()).add("guests", 2)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", guest)
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build().toString();
        ApiClient.Request request = new ApiClient(Pages.BASE_URL).post("/api/v3/organisations/" + org.id() + "/bookings", body)
                .key(key).header("Idempotency-Key", UUID.randomUUID().toString());
        return (requestId == null ? request : request.header("X-Request-Id", requestId)).send();
    }

    private static double stripeRefusals() {
        return Management.sample(Management.metrics(), "bookspace_stripe_calls_seconds_count",
                "outcome=\"failure\"");
    }

    /** The server.log lines naming the id: the file handler writes each line as it comes, give it a moment. */
    private static List<String> awaitLogLines(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> lines = linesWith(id);
        while (lines.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lines = linesWith(id);
        }
        return lines;
    }

    private static List<String> linesWith(String id) {
        try (var lines = Files.lines(SERVER_LOG)) {
            return lines.filter(line -> line.contains(id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
