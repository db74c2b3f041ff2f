package dev.bookspace.shared;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every hour, forgets the counts the abuse limits no longer need: sign-in failures and public bookings
 * whose window has passed, puzzles whose answers can no longer be used, and rate-limit buckets full again. Each row is one network's,
 * so without this the tables would keep every address ever seen.
 */
@Singleton
public class LimitsSweep {

    private static final Logger LOG = Logger.getLogger(LimitsSweep.class.getName());
    /** Longer than any window the limits count in (an hour), so no live count is forgotten. */
    private static final Duration KEPT_FOR = Duration.ofHours(2);

    private static final AgeSweep SIGN_IN_FAILURES = new AgeSweep("sign_in_failures",
            "window_started < ? AND (refused_until IS NULL OR refused_until < now())");
    private static final AgeSweep PUBLIC_BOOKING_COUNTS = new AgeSweep("public_booking_counts", "window_started < ?");
    private static final AgeSweep SPENT_CHALLENGES = new AgeSweep("spent_challenges", "expires_at < ?");

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @Inject
    private SharedBuckets sharedBuckets;

    @Schedule(hour = "*", minute = "41", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        Instant before = Instant.now().minus(KEPT_FOR);
        try {
            int swept = SIGN_IN_FAILURES.deleteOlderThan(dataSource, before)
                    + PUBLIC_BOOKING_COUNTS.deleteOlderThan(dataSource, before)
                    + SPENT_CHALLENGES.deleteOlderThan(dataSource, Instant.now())
                    + removeFullBuckets();
            LOG.fine(() -> "Swept " + swept + " counts and puzzles the abuse limits no longer need");
        } catch (SQLException | RuntimeException e) { // Bucket4j wraps what the database says
            LOG.log(Level.WARNING, "Could not sweep the abuse limits' old counts; trying again in an hour", e);
        }
    }

    /** Bucket4j's own sweep, a batch at a time, each its own statement (as {@link AgeSweep} does). */
    private int removeFullBuckets() {
        int removed = 0;
        int batch;
        do {
            batch = sharedBuckets.removeFull(AgeSweep.BATCH);
            removed += batch;
        } while (batch == AgeSweep.BATCH);
        return removed;
    }
}
