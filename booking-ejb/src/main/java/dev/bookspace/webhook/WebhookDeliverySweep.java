package dev.bookspace.webhook;

import dev.bookspace.shared.AgeSweep;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every hour, deletes the webhook deliveries finished (delivered or given up) more than
 * {@link #KEPT_FOR} ago, so the delivery log does not grow with every booking forever; a month is
 * long enough to look into a receiver's trouble and replay what it missed. Across organisations, a
 * batch at a time, as it concerns no organisation's data but the deliveries' age.
 */
@Singleton
public class WebhookDeliverySweep {

    static final Duration KEPT_FOR = Duration.ofDays(30);

    private static final AgeSweep SWEEP = new AgeSweep("webhook_deliveries",
            "status <> 'pending' AND coalesce(last_attempt_at, created_at) < ?");

    private static final Logger LOG = Logger.getLogger(WebhookDeliverySweep.class.getName());

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            int swept = SWEEP.deleteOlderThan(dataSource, Instant.now().minus(KEPT_FOR));
            LOG.fine(() -> "Swept " + swept + " webhook deliveries finished more than " + KEPT_FOR.toDays() + " days ago");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not sweep old webhook deliveries; trying again in an hour", e);
        }
    }
}
