package dev.bookspace.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.TestDatabase;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** API keys: made by owners in the dashboard and shown once; they open their own organisation's paths only. */
@FullStack
@RunAsClient
class ApiKeysIT {

    private static final int PER_MINUTE = 120;

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;

    @BeforeEach
    void organisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");
    }

    @Test
    void aRequestWithoutAValidKeyIsRefusedWith401() {
        Answer missing = Pages.fetch(itemsPath(org));
        Answer unknown = Pages.api(itemsPath(org), "bk_no_such_key");
        Answer revoked = Pages.api(itemsPath(org), fixtures.revokedApiKey(org));

        for (Answer answer : new Answer[] {missing, unknown, revoked}) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(missing.body()).contains("Authorization: Bearer");
        assertThat(revoked.body()).contains("unknown or has been revoked");
    }

    @Test
    void aKeyOverItsRateLimitIsToldWhenToRetry() throws Exception {
        String key = fixtures.apiKey(org);
        String otherKey = fixtures.apiKey(org);
        long started = System.nanoTime();
        for (int request = 1; request <= PER_MINUTE; request++) {
            assertThat(Pages.api(itemsPath(org), key).status()).as("request %d", request).isEqualTo(200);
        }

        // The bucket refills evenly, two requests a second, so a few more may pass before the refusal.
        HttpResponse<String> answer;
        int extra = 0;
        do {
            answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Pages.BASE_URL + itemsPath(org)))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        } while (answer.statusCode() == 200 && ++extra < 100);
        long refilled = 2 * Duration.ofNanos(System.nanoTime() - started).toSeconds() + 2;

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat((long) extra).isLessThanOrEqualTo(refilled);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(Pages.api(itemsPath(org), otherKey).status()).isEqualTo(200);
    }

    /** Every node of a cluster takes from the same bucket, in PostgreSQL: this test plays another node with Bucket4j. */
    @Test
    void aKeyThatSpentItsMinuteOnAnotherNodeIsRefusedOnThisOne() {
        String key = fixtures.apiKey(org);
        String otherKey = fixtures.apiKey(org);
        Bucket elsewhere = anotherNodesBucketOf(key);

        // The bucket refills a token each half second, so the other node's clients spend what came back
        // before each try; a server counting on its own would answer every try.
        Answer answer;
        int tries = 0;
        do {
            elsewhere.tryConsumeAsMuchAsPossible();
            answer = Pages.api(itemsPath(org), key);
        } while (answer.status() == 200 && ++tries < 5);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(Pages.api(itemsPath(org), otherKey).status()).isEqualTo(200);
    }

    @Test
    void aKeyOfOneOrganisationFindsNothingOfAnother() {
        Organisation other = fixtures.organisation("Elsewhere");
        fixtures.item(other, "Their Loft");
        String theirKey = fixtures.apiKey(other);

        Answer answer = Pages.api(itemsPath(org), theirKey);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Sea Room");
        assertThat(Pages.api(itemsPath(other), theirKey).status()).isEqualTo(200);
    }

    @Test
    void anOwnerCreatesAKeyThatIsShownOnceWorksAndStopsWhenRevoked() {
        try (Browser browser = Browser.withClipboard().visit("/dashboard/owner/api-keys.xhtml")) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/owner/api-keys.xhtml"));

            browser.click("[data-role=create-api-key]");
            browser.waitUntil(page -> !page.text("[data-role=api-key-name-error]").isEmpty());
            assertThat(browser.texts("[data-role=new-key]")).isEmpty();

            browser.type("api-key-name", "Channel manager");
            browser.click("[data-role=create-api-key]");
            browser.waitUntil(page -> page.text("[data-role=new-key]").startsWith("bk_"));
            String key = browser.text("[data-role=new-key]");
            browser.click("[data-role=copy-new-key]");
            browser.waitUntil(page -> page.text("[data-role=copy-new-key]").equals("Copied"));
            assertThat(browser.clipboard()).isEqualTo(key);
            assertThat(browser.find("api-reference").getAttribute("href")).endsWith("/api/v3/docs");
            assertThat(browser.text("[data-role=api-key-row]")).contains("Channel manager", key.substring(0, 10)).doesNotContain(key);

            Answer answer = Pages.api(itemsPath(org), key);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("Sea Room");

            browser.visit("/dashboard/owner/api-keys.xhtml");
            assertThat(browser.texts("[data-role=new-key]")).isEmpty();
            assertThat(browser.find("api-keys").getText()).doesNotContain(key);
            browser.click("[data-role=revoke-api-key]");
            browser.waitUntil(page -> page.find("confirm-yes").isDisplayed());
            browser.click("[data-role=confirm-yes]");
            browser.waitUntil(page -> !page.texts("[data-role=api-key-revoked]").isEmpty());

            assertThat(Pages.api(itemsPath(org), key).status()).isEqualTo(401);
        }
    }

    private Bucket anotherNodesBucketOf(String key) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(TestDatabase.endpoint().dataSource())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .expiresAtColumn("expires_at")
                .build()
                .builder()
                .build("api-key-" + PER_MINUTE + ":" + fixtures.apiKeyId(key), () -> BucketConfiguration.builder()
                        .addLimit(Bandwidth.builder().capacity(PER_MINUTE).refillGreedy(PER_MINUTE, Duration.ofMinutes(1)).build())
                        .build());
    }

    private static String itemsPath(Organisation org) {
        return "/api/v3/organisations/" + org.id() + "/items";
    }
}
