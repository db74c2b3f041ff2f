package dev.bookspace.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationVersion;

/**
 * What /health/ready answers for Bookspace, beside the server's own checks (deployments up, no boot errors).
 *
 * <p>{@code database}, {@code migrations} and {@code warm-up} decide readiness: a node whose database does not
 * answer, whose schema is behind its code, or which has not yet drawn its public pages once, takes no traffic.
 * The backlog checks only describe: MicroProfile Health knows UP and DOWN, and a late mail is the whole
 * cluster's matter, which taking nodes out of the balancer would not cure. So they answer UP with
 * {@code degraded: true} and their figures when work waits longer than the operator's threshold, and DOWN only
 * when they cannot read their queue.
 */
@ApplicationScoped
public class ReadinessChecks {

    private static final String LATEST_MIGRATION = """
            SELECT (SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
                    ORDER BY installed_rank DESC LIMIT 1),
                   (SELECT count(*) FROM flyway_schema_history WHERE NOT success)""";

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @Inject
    private Backlogs backlogs;

    @Inject
    @ConfigProperty(name = "booking.health.backlog-minutes", defaultValue = "15")
    private long backlogMinutes;

    @Inject
    @ConfigProperty(name = "booking.health.feed-failing-hours", defaultValue = "6")
    private long feedFailingHours;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            HealthCheckResponseBuilder check = HealthCheckResponse.named("database");
            try (Connection connection = dataSource.getConnection()) {
                return check.status(connection.isValid(2)).build();
            } catch (SQLException e) {
                return down(check, e);
            }
        };
    }

    /** Up once this deployment migrated the schema and the database holds that version or a later one, none failed. */
    @Produces
    @Readiness
    HealthCheck migrations() {
        return () -> {
            HealthCheckResponseBuilder check = HealthCheckResponse.named("migrations");
            Optional<String> migrated = SchemaState.migratedTo();
            if (migrated.isEmpty()) {
                return check.down().withData("state", "migrating").build();
            }
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(LATEST_MIGRATION)) {
                row.next();
                String current = row.getString(1);
                long failed = row.getLong(2);
                // A later version is fine: a newer node of a rolling upgrade migrated it, compatibly.
                boolean upToDate = "none".equals(migrated.get()) || current != null
                        && MigrationVersion.fromVersion(current).compareTo(MigrationVersion.fromVersion(migrated.get())) >= 0;
                return check.status(upToDate && failed == 0)
                        .withData("schema_version", current == null ? "none" : current)
                        .withData("deployment_version", migrated.get())
                        .withData("failed_migrations", failed)
                        .build();
            } catch (SQLException e) {
                return down(check, e);
            }
        };
    }

    /** Up once this node has drawn its public pages (WarmUp): the balancer's first guests meet compiled views. */
    @Produces
    @Readiness
    HealthCheck warmUp() {
        return () -> {
            HealthCheckResponseBuilder check = HealthCheckResponse.named("warm-up");
            Optional<Map<String, String>> pages = WarmUp.pages();
            if (pages.isEmpty()) {
                return check.down().withData("state", "warming").build();
            }
            pages.get().forEach(check::withData);
            return check.up().build();
        };
    }

    @Produces
    @Readiness
    HealthCheck mailOutbox() {
        return () -> describe(HealthCheckResponse.named("mail-outbox"), Duration.ofMinutes(backlogMinutes), "minutes",
                backlogMinutes, backlogs::mailOutbox);
    }

    @Produces
    @Readiness
    HealthCheck webhookDeliveries() {
        return () -> describe(HealthCheckResponse.named("webhook-deliveries"), Duration.ofMinutes(backlogMinutes),
                "minutes", backlogMinutes, backlogs::webhookDeliveries);
    }

    @Produces
    @Readiness
    HealthCheck calendarFeeds() {
        return () -> describe(HealthCheckResponse.named("calendar-feeds"), Duration.ofHours(feedFailingHours), "hours",
                feedFailingHours, backlogs::failingCalendarFeeds);
    }

    private static HealthCheckResponse describe(HealthCheckResponseBuilder check, Duration threshold, String unit,
            long amount, BacklogQuery query) {
        try {
            Backlog backlog = query.read(threshold);
            return check.up()
                    .withData("state", backlog.degraded() ? "degraded" : "ok")
                    .withData("degraded", backlog.degraded())
                    .withData("waiting", backlog.waiting())
                    .withData("overdue", backlog.overdue())
                    .withData("longest_wait_minutes", backlog.longestWait().toMinutes())
                    .withData("threshold_" + unit, amount)
                    .build();
        } catch (SQLException e) {
            return down(check, e);
        }
    }

    private static HealthCheckResponse down(HealthCheckResponseBuilder check, SQLException e) {
        return check.down().withData("state", "database did not answer").withData("sql_state", String.valueOf(e.getSQLState())).build();
    }

    @FunctionalInterface
    private interface BacklogQuery {
        Backlog read(Duration threshold) throws SQLException;
    }
}
