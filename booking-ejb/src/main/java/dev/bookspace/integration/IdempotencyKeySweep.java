package dev.bookspace.integration;

import dev.bookspace.shared.AgeSweep;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every hour, deletes the Idempotency-Keys used more than a day ago: they no longer answer anything
 * ({@link IdempotencyService#KEPT_FOR}), so keeping them would only grow the table. Across
 * organisations, a batch at a time, as it concerns no organisation's data but the keys' age.
 */
@Singleton
public class IdempotencyKeySweep {

    private static final AgeSweep SWEEP = new AgeSweep("idempotency_keys", "created_at < ?");

    private static final Logger LOG = Logger.getLogger(IdempotencyKeySweep.class.getName());

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            int swept = SWEEP.deleteOlderThan(dataSource, Instant.now().minus(IdempotencyService.KEPT_FOR));
            LOG.fine(() -> "Swept " + swept + " idempotency keys older than a day");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not sweep old idempotency keys; trying again in an hour", e);
        }
    }
}
