package dev.bookspace.webhook;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.WebhookReceiver;
import dev.bookspace.testing.WebhookReceiver.Received;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The owner's webhooks page: endpoints registered with a secret shown once, and the delivery log with replay. */
@FullStack
@RunAsClient
class DashboardWebhooksBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private Organisation org;
    private Item room;

    @BeforeEach
    void organisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anOwnerAddsAnEndpointReadsTheLogAndReplaysADelivery() {
        try (Browser browser = Browser.open().visit("/dashboard/owner/webhooks.xhtml")) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/owner/webhooks.xhtml"));

            browser.type("endpoint-url", "http://example.com/hooks");
            browser.click("[data-role=add-endpoint]");
            browser.waitUntil(page -> !page.text("[data-role=endpoint-url-error]").isEmpty());
            assertThat(browser.text("[data-role=endpoint-url-error]")).contains("Use https://");
            assertThat(browser.texts("[data-role=endpoint-row]")).isEmpty();

            browser.type("endpoint-url", receiver.url());
            browser.type("endpoint-description", "Channel manager");
            browser.click("[data-role=add-endpoint]");
            browser.waitUntil(page -> page.text("[data-role=signing-secret]").startsWith("whsec_"));
            String secret = browser.text("[data-role=signing-secret]");
            assertThat(browser.text("[data-role=endpoint-row]")).contains(receiver.url(), "Channel manager").doesNotContain(secret);

            receiver.answering(500);
            String reference = bookThroughTheApi();
            Received refused = receiver.next(PATIENCE);
            Received accepted = receiver.next(PATIENCE);
            assertThat(accepted.header("Bookspace-Event-Id")).isEqualTo(refused.header("Bookspace-Event-Id"));
            assertThat(accepted.header("Bookspace-Signature")).isEqualTo(accepted.expectedSignature(secret));

            browser.visit("/dashboard/owner/webhooks.xhtml");
            assertThat(browser.texts("[data-role=signing-secret]")).isEmpty();
            awaitLog(browser, "delivered");
            assertThat(browser.text("[data-role=delivery-row]")).contains("booking.created", reference, receiver.url());
            assertThat(browser.text("[data-role=delivery-attempts]")).isEqualTo("2");
            // The status only: what an endpoint answers is never shown (the receiver answered "thanks").
            assertThat(browser.text("[data-role=delivery-last-answer]")).isEqualTo("HTTP 200");

            browser.click("[data-role=replay-delivery]");
            Received replayed = receiver.next(PATIENCE);
            assertThat(replayed.header("Bookspace-Event-Id")).isEqualTo(refused.header("Bookspace-Event-Id"));
            assertThat(replayed.body()).isEqualTo(refused.body());
            assertThat(browser.text("[data-role=webhook-messages]")).contains("Sending booking.created for " + reference + " again");
            awaitLog(browser, "delivered");
            assertThat(browser.texts("[data-role=delivery-row]")).hasSize(2);
        }
    }

    @Test
    void removingAnEndpointStopsItsDeliveries() {
        fixtures.webhookEndpoint(org, receiver.url());
        try (Browser browser = Browser.open().visit("/dashboard/owner/webhooks.xhtml")) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/owner/webhooks.xhtml"));

            browser.click("[data-role=remove-endpoint]");
            browser.click("[data-role=confirm-yes]");
            browser.waitUntil(page -> page.texts("[data-role=endpoint-row]").isEmpty());
            bookThroughTheApi();

            // Longer than the delivery job takes to send when there is somewhere to send to.
            pause(Duration.ofSeconds(6));
            assertThat(receiver.waiting()).isEmpty();
            assertThat(fixtures.webhookDeliveries(org)).isEmpty();
        }
    }

    @Test
    void aWebhookToAPrivateAddressIsRefusedAtRegistration() {
        try (Browser browser = Browser.open().visit("/dashboard/owner/webhooks.xhtml")) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/owner/webhooks.xhtml"));

            for (String[] refused : new String[][] {
                    {"https://10.0.0.5/hooks", "Refused: 10.0.0.5 is a private address"},
                    {"https://192.168.1.20/hooks", "Refused: 192.168.1.20 is a private address"},
                    {"https://169.254.169.254/latest/meta-data", "Refused: 169.254.169.254 is a link-local address"},
                    {"https://[fd00::1]/hooks", "Refused: fd00::1 is a private address"},
                    {"https://100.64.0.1/hooks", "Refused: 100.64.0.1 is a carrier-grade NAT address"},
                    {"https://0.0.0.0:9990/management", "Refused: 0.0.0.0 is an unspecified address"},
            }) {
                browser.type("endpoint-url", refused[0]);
                browser.click("[data-role=add-endpoint]");
                browser.waitUntil(page -> page.text("[data-role=endpoint-url-error]").startsWith(refused[1]));
                assertThat(browser.text("[data-role=endpoint-url-error]"))
                        .isEqualTo(refused[1] + "; only addresses on the public internet are called.");
            }
            assertThat(browser.texts("[data-role=endpoint-row]")).isEmpty();
            assertThat(fixtures.webhookDeliveries(org)).isEmpty();
        }
    }

    @Test
    void replayIsLimitedToTenAMinute() {
        fixtures.webhookEndpoint(org, receiver.url());
        fixtures.webhookDelivery(org, "BK-REPLAYED", "delivered", Duration.ofMinutes(5));
        try (Browser browser = Browser.open().visit("/dashboard/owner/webhooks.xhtml")) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/owner/webhooks.xhtml"));

            for (int replayed = 1; replayed <= 10; replayed++) {
                int rows = replayed + 1;
                browser.click("[data-role=replay-delivery]");
                browser.waitUntil(page -> page.texts("[data-role=delivery-row]").size() == rows);
                assertThat(browser.text("[data-role=webhook-messages]")).contains("Sending booking.created for BK-REPLAYED again");
            }
            browser.click("[data-role=replay-delivery]");
            browser.waitUntil(page -> page.text("[data-role=webhook-messages]").contains("At most 10"));

            assertThat(browser.text("[data-role=webhook-messages]"))
                    .containsPattern("At most 10 deliveries can be replayed a minute; try again in \\d+ seconds?\\.");
            assertThat(browser.texts("[data-role=delivery-row]")).hasSize(11);
            assertThat(fixtures.webhookDeliveries(org)).hasSize(11);
        }
    }

    /** The log is read when the page asks: refresh until the first row has the status. */
    private static void awaitLog(Browser browser, String status) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!browser.text("[data-role=delivery-status]").equals(status) && System.nanoTime() < deadline) {
            browser.click("[data-role=refresh-deliveries]");
            pause(Duration.ofMillis(500));
        }
        assertThat(browser.text("[data-role=delivery-status]")).isEqualTo(status);
    }

    private String bookThroughTheApi() {
        String key = fixtures.apiKey(org);
        String body = Json.createObjectBuilder().add("item_id", room.id()).add("check_in", JAN_1.toString())
                .add("checkout", JAN_3.toString()).add("guests", 1)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", "ada@example.org")
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build().toString();
        Pages.Answer answer = Pages.post("/api/v3/organisations/" + org.id() + "/bookings", "application/json", body,
                "Authorization", "Bearer " + key, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(answer.status()).isEqualTo(201);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getString("reference");
        }
    }


    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
