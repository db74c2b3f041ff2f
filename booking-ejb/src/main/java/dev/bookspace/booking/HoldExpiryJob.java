package dev.bookspace.booking;

import dev.bookspace.tenancy.Scope;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every twenty seconds, expires the unpaid holds that have passed their time, organisation by
 * organisation, so an abandoned checkout frees its room within a minute. Finding the organisations
 * is the one cross-tenant read, and it reads only their ids.
 */
@Singleton
public class HoldExpiryJob {

    private static final Logger LOG = Logger.getLogger(HoldExpiryJob.class.getName());

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @EJB
    private HoldExpiryService holdExpiry;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void expireStaleHolds() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (long organisation : organisationsWithStaleHolds()) {
            int expired = holdExpiry.expireStaleHolds(Scope.systemOf(organisation), now);
            LOG.fine(() -> "Expired " + expired + " holds of organisation " + organisation);
        }
    }

    private List<Long> organisationsWithStaleHolds() {
        List<Long> organisations = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT DISTINCT organisation_id FROM bookings WHERE status = 'unpaid' AND hold_expires_at < now()")) {
            while (rows.next()) {
                organisations.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for stale holds; trying again at the next run", e);
        }
        return organisations;
    }
}
