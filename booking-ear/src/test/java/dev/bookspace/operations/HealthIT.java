package dev.bookspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Management;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Readiness and liveness as a load balancer and an operator read them on the management port. */
@FullStack
@RunAsClient
class HealthIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    /** A node drawing its pages right after the deployment is not yet ready: the tests may start in those seconds. */
    @BeforeAll
    static void theNodeHasDrawnItsPublicPages() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!check(Management.health("/health/ready"), "warm-up").getString("status").equals("UP")
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    @Test
    void readyWhenTheDatabaseAnswersTheSchemaIsMigratedTheDeploymentIsUpAndItsPagesAreWarm() {
        JsonObject ready = Management.health("/health/ready");

        assertThat(ready.getString("status")).as(ready.toString()).isEqualTo("UP");
        assertThat(ready.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(check -> check.getString("name"))
                .contains("database", "migrations", "warm-up", "mail-outbox", "webhook-deliveries", "calendar-feeds",
                        "deployments-status", "server-state");
        JsonObject migrations = check(ready, "migrations");
        assertThat(migrations.getString("status")).isEqualTo("UP");
        assertThat(migrations.getJsonObject("data").getString("schema_version"))
                .isEqualTo(migrations.getJsonObject("data").getString("deployment_version"));
        assertThat(migrations.getJsonObject("data").getJsonNumber("failed_migrations").longValue()).isZero();
        JsonObject warmUp = check(ready, "warm-up");
        assertThat(warmUp.getString("status")).isEqualTo("UP");
        assertThat(warmUp.getJsonObject("data").getString("/")).as("the landing page, asked by the node itself over HTTP")
                .startsWith("200 in ");
    }

    @Test
    void aliveWithoutAskingTheDatabase() {
        JsonObject live = Management.health("/health/live");

        assertThat(live.getString("status")).isEqualTo("UP");
        assertThat(check(live, "application").getString("status")).isEqualTo("UP");
        assertThat(live.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(check -> check.getString("name"))
                .doesNotContain("database");
    }

    @Test
    void aMailWaitingPastTheThresholdShowsTheOutboxDegradedWithItsFiguresButKeepsTheNodeReady() {
        String recipient = "waiting-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fixtures.waitingMail(recipient, Duration.ofHours(2));
        try {
            JsonObject ready = Management.health("/health/ready");

            JsonObject outbox = check(ready, "mail-outbox");
            assertThat(outbox.getString("status")).isEqualTo("UP");
            JsonObject data = outbox.getJsonObject("data");
            assertThat(data.getString("state")).isEqualTo("degraded");
            assertThat(data.get("degraded")).isEqualTo(JsonValue.TRUE);
            assertThat(data.getJsonNumber("overdue").longValue()).isPositive();
            assertThat(data.getJsonNumber("waiting").longValue()).isGreaterThanOrEqualTo(data.getJsonNumber("overdue").longValue());
            assertThat(data.getJsonNumber("longest_wait_minutes").longValue()).isGreaterThanOrEqualTo(120);
            assertThat(data.getJsonNumber("threshold_minutes").longValue()).isEqualTo(15);
            assertThat(ready.getString("status")).as("a late mail is no reason to leave the balancer").isEqualTo("UP");
            assertThat(oldestMailAgeSeconds()).isGreaterThanOrEqualTo(Duration.ofHours(2).toSeconds());
        } finally {
            fixtures.deleteOutbox(recipient);
        }
    }

    /** The gauge reads the outbox at most every 5 seconds: give it the time of a fresh reading. */
    private static double oldestMailAgeSeconds() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double age = Management.sample(Management.metrics(), "bookspace_mail_outbox_oldest_age_seconds", "");
        while (age < Duration.ofHours(2).toSeconds() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            age = Management.sample(Management.metrics(), "bookspace_mail_outbox_oldest_age_seconds", "");
        }
        return age;
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }
}
