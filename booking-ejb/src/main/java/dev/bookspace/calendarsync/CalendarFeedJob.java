package dev.bookspace.calendarsync;

import dev.bookspace.shared.LeasedRows;
import dev.bookspace.shared.NextRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports other channels' calendar feeds: every feed every {@code booking.calendar-feeds.fetch-minutes}
 * (10), looking for due feeds {@code booking.calendar-feeds.check-seconds} (30) after each run ends.
 * Due feeds are leased with SKIP LOCKED by moving their next fetch on, so every node may run the job
 * and none fetches a feed another has; all of a run's fetches go out at once, each bounded by the
 * fetcher's timeouts. Finding the due feeds is the one cross-tenant read, of ids only. A server stopping
 * gracefully hands back the feeds it leased and has not imported ({@link LeasedRows}): due again at once, for
 * another server, instead of at their next fetch.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class CalendarFeedJob {

    /** Feeds one run takes at most; the rest wait for the next run, seconds later. */
    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(CalendarFeedJob.class.getName());

    private static final String LEASE_DUE = """
            UPDATE calendar_feeds SET next_fetch_at = now() + make_interval(mins => ?)
            WHERE (organisation_id, id) IN (SELECT organisation_id, id FROM calendar_feeds WHERE next_fetch_at <= now()
                                            ORDER BY next_fetch_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING organisation_id, id, next_fetch_at""";

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @Inject
    private CalendarFeedImport imports;

    @Resource
    private TimerService timers;

    private final LeasedRows leases = new LeasedRows(
            "UPDATE calendar_feeds SET next_fetch_at = ? WHERE id = ? AND next_fetch_at = ?");

    @Inject
    @ConfigProperty(name = "booking.calendar-feeds.fetch-minutes", defaultValue = "10")
    private int fetchMinutes;

    @Inject
    @ConfigProperty(name = "booking.calendar-feeds.check-seconds", defaultValue = "30")
    private int checkSeconds;

    @PostConstruct
    void scheduleFirstRun() {
        NextRun.after(timers, Duration.ofSeconds(checkSeconds));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            importDue();
        } finally {
            NextRun.after(timers, Duration.ofSeconds(checkSeconds));
        }
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void releaseLeases() {
        leases.releaseOnStop(dataSource, "leased calendar feeds not yet imported");
    }

    private void importDue() {
        List<CalendarFeedImport.Pending> running = new ArrayList<>();
        for (long[] feed : leaseDue()) {
            try {
                running.add(imports.begin(feed[0], feed[1]));
            } catch (RuntimeException e) {
                leases.settled(feed[1]);
                LOG.log(Level.WARNING, "Could not start importing calendar feed " + feed[1] + "; trying again at its next fetch", e);
            }
        }
        for (CalendarFeedImport.Pending pending : running) {
            try {
                imports.finish(pending);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not import calendar feed " + pending.target().feedId()
                        + "; trying again at its next fetch", e);
            } finally {
                leases.settled(pending.target().feedId());
            }
        }
    }

    /** The due feeds as (organisation, feed) pairs, their next fetch already moved on. */
    private List<long[]> leaseDue() {
        List<long[]> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LEASE_DUE)) {
            statement.setInt(1, fetchMinutes);
            statement.setInt(2, BATCH);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    due.add(new long[] {rows.getLong(1), rows.getLong(2)});
                    leases.held(List.of(rows.getLong(2)), rows.getObject(3, OffsetDateTime.class));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for calendar feeds to fetch; trying again at the next run", e);
        }
        return due;
    }
}
