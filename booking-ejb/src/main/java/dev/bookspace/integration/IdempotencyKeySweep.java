package dev.bookspace.integration;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every hour, deletes the Idempotency-Keys used more than a day ago: they no longer answer anything
 * ({@link IdempotencyService#KEPT_FOR}), so keeping them would only grow the table. One statement
 * across organisations, as it concerns no organisation's data but the keys' age.
 */
@Singleton
public class IdempotencyKeySweep {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeySweep.class.getName());

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_keys WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(IdempotencyService.KEPT_FOR)));
            int swept = delete.executeUpdate();
            LOG.fine(() -> "Swept " + swept + " idempotency keys older than a day");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not sweep old idempotency keys; trying again in an hour", e);
        }
    }
}
