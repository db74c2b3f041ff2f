package dev.bookspace.booking;

import dev.bookspace.tenancy.Scope;
import dev.bookspace.shared.NextRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Twenty seconds after each run ends, expires the unpaid holds that have passed their time,
 * organisation by organisation, so an abandoned checkout frees its room within a minute. A long run
 * delays the next rather than overlapping it, and one organisation's failure does not stop the
 * others. Finding the organisations is the one cross-tenant read, and it reads only their ids.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class HoldExpiryJob {

    static final Duration PAUSE = Duration.ofSeconds(20);

    private static final Logger LOG = Logger.getLogger(HoldExpiryJob.class.getName());

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @EJB
    private HoldExpiryService holdExpiry;

    @Resource
    private TimerService timers;

    @PostConstruct
    void scheduleFirstRun() {
        NextRun.after(timers, PAUSE);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            expireStaleHolds();
        } finally {
            NextRun.after(timers, PAUSE);
        }
    }

    private void expireStaleHolds() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (long organisation : organisationsWithStaleHolds()) {
            try {
                int expired = holdExpiry.expireStaleHolds(Scope.systemOf(organisation, "hold expiry"), now);
                LOG.fine(() -> "Expired " + expired + " holds of organisation " + organisation);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not expire the stale holds of organisation " + organisation
                        + "; trying again at the next run", e);
            }
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
