package dev.bookspace.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The rows a job on this server has leased and not yet settled (mail, webhook deliveries, calendar feeds), so
 * that a server stopping gracefully hands them back at once and another server takes them at its next run,
 * instead of leaving them until the lease ends. A lease is recognised by its end: a row is handed back only if
 * it still carries the end this server gave it, so a row settled meanwhile, or leased again by another server
 * after this lease ran out, is left alone. Lease ends are kept to the microsecond, PostgreSQL's precision, so
 * the end written is the end compared. A server killed outright hands nothing back; its leases end as before.
 */
public final class LeasedRows {

    private static final Logger LOG = Logger.getLogger(LeasedRows.class.getName());

    private final String release;
    private final Map<Long, OffsetDateTime> held = new ConcurrentHashMap<>();

    /**
     * @param release the update that hands one row back, with three parameters: the moment it is due again
     *        (now), the row's id, and the lease end it must still carry
     */
    public LeasedRows(String release) {
        this.release = release;
    }

    /** The mail outbox's and webhook deliveries' release: due at once, the attempt that was not made not counted. */
    public static LeasedRows attemptsOf(String table) {
        return new LeasedRows("UPDATE " + table + " SET next_attempt_at = ?, attempts = greatest(attempts - 1, 0)"
                + " WHERE id = ? AND status = 'pending' AND next_attempt_at = ?");
    }

    /** "Now" to the microsecond, for the leases a job takes, so their ends compare equal once stored. */
    public static OffsetDateTime leaseTime(OffsetDateTime now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    public void held(Collection<Long> ids, OffsetDateTime leaseEnd) {
        OffsetDateTime now = OffsetDateTime.now(leaseEnd.getOffset());
        held.values().removeIf(end -> end.isBefore(now)); // ended leases: nothing left to hand back
        for (Long id : ids) {
            held.put(id, leaseEnd);
        }
    }

    public void settled(long id) {
        held.remove(id);
    }

    public void settled(Collection<Long> ids) {
        ids.forEach(held::remove);
    }

    /** How many rows this server holds now. */
    public int size() {
        return held.size();
    }

    /**
     * For a job's {@code @PreDestroy}: hands back what it holds and says so in the log. A failure (the database
     * gone too) is logged, not thrown: those rows wait for their leases to end, as after a crash.
     */
    public void releaseOnStop(DataSource dataSource, String what) {
        try {
            int released = releaseAll(dataSource, leaseTime(OffsetDateTime.now(ZoneOffset.UTC)));
            LOG.info(() -> "Stopping: handed back " + released + " " + what + " for another server to take at once");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Stopping: could not hand back the " + what + "; they wait for their leases to end", e);
        }
    }

    /** Hands back every row still held, due again at {@code now}; answers how many were. */
    public int releaseAll(DataSource dataSource, OffsetDateTime now) throws SQLException {
        if (held.isEmpty()) {
            return 0;
        }
        Map<Long, OffsetDateTime> releasing = Map.copyOf(held);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(release)) {
            for (Map.Entry<Long, OffsetDateTime> row : releasing.entrySet()) {
                statement.setObject(1, now);
                statement.setLong(2, row.getKey());
                statement.setObject(3, row.getValue());
                statement.addBatch();
            }
            int released = 0;
            for (int count : statement.executeBatch()) {
                released += Math.max(count, 0);
            }
            releasing.keySet().forEach(held::remove);
            return released;
        }
    }
}
