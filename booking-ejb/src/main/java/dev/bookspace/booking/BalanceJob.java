package dev.bookspace.booking;

import dev.bookspace.shared.NextRun;
import dev.bookspace.tenancy.Scope;
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
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails deposit bookings' guests the link that pays their balance when it falls due, looking
 * {@code booking.balances.check-seconds} (300) after each run ends, organisation by organisation, like the hold
 * expiry job. Every server may run it: each due booking is locked by one run ({@code SKIP LOCKED}) and marked asked
 * in the transaction that queues its mail. Finding the organisations is the one cross-tenant read, of their ids only;
 * "due" is a day in each organisation's time zone, so the read takes tomorrow's UTC date and the service decides.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class BalanceJob {

    private static final Logger LOG = Logger.getLogger(BalanceJob.class.getName());

    private static final String ORGANISATIONS_WITH_DUE_BALANCES = """
            SELECT DISTINCT organisation_id FROM bookings
            WHERE status = 'paid' AND deposit_minor IS NOT NULL AND balance_requested_at IS NULL
              AND balance_due_on <= (now() AT TIME ZONE 'UTC')::date + 1""";

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @EJB
    private BalanceService balances;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "booking.balances.check-seconds", defaultValue = "300")
    private int checkSeconds;

    @PostConstruct
    void scheduleFirstRun() {
        NextRun.after(timers, Duration.ofSeconds(checkSeconds));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            requestDueBalances();
        } finally {
            NextRun.after(timers, Duration.ofSeconds(checkSeconds));
        }
    }

    private void requestDueBalances() {
        for (long organisation : organisationsWithDueBalances()) {
            try {
                int asked = balances.requestDueBalances(Scope.systemOf(organisation, "balance reminder"));
                LOG.fine(() -> "Mailed " + asked + " balance links of organisation " + organisation);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mail the due balances of organisation " + organisation
                        + "; trying again at the next run", e);
            }
        }
    }

    private List<Long> organisationsWithDueBalances() {
        List<Long> organisations = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(ORGANISATIONS_WITH_DUE_BALANCES)) {
            while (rows.next()) {
                organisations.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for due balances; trying again at the next run", e);
        }
        return organisations;
    }
}
