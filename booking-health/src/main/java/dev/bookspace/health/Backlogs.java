package dev.bookspace.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Reads the queues the jobs work through, across organisations, for the health checks and the gauges:
 * the mail outbox, webhook deliveries, and the calendar feeds that keep failing. Plain JDBC outside any
 * transaction, as the jobs read them; each answer is one indexed aggregate query.
 */
@ApplicationScoped
public class Backlogs {

    private static final String MAIL = """
            SELECT count(*), count(*) FILTER (WHERE created_at < ?), min(created_at)
            FROM mail_outbox WHERE status = 'pending'""";
    private static final String WEBHOOKS = """
            SELECT count(*), count(*) FILTER (WHERE created_at < ?), min(created_at)
            FROM webhook_deliveries WHERE status = 'pending'""";
    private static final String FEEDS = """
            SELECT count(*), count(*) FILTER (WHERE failing_since < ?), min(failing_since)
            FROM calendar_feeds WHERE failing_since IS NOT NULL""";

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    /** Mails queued and not yet sent (retries included); overdue when queued before {@code now - threshold}. */
    public Backlog mailOutbox(Duration threshold) throws SQLException {
        return read(MAIL, threshold);
    }

    /** Webhook deliveries not yet made (retries included). */
    public Backlog webhookDeliveries(Duration threshold) throws SQLException {
        return read(WEBHOOKS, threshold);
    }

    /** Calendar feeds whose every fetch has failed since some moment; overdue when failing longer than the threshold. */
    public Backlog failingCalendarFeeds(Duration threshold) throws SQLException {
        return read(FEEDS, threshold);
    }

    private Backlog read(String query, Duration threshold) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setQueryTimeout(5);
            statement.setObject(1, now.minus(threshold));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                OffsetDateTime oldest = row.getObject(3, OffsetDateTime.class);
                return new Backlog(row.getLong(1), row.getLong(2),
                        oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now));
            }
        }
    }
}
