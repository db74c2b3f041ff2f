package dev.bookspace.booking;

import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;

/**
 * Recognises the database refusing an overlap: PostgreSQL's exclusion_violation, SQLState 23P01, or
 * a deadlock (40P01) found while checking the exclusion constraint. Two transactions inserting
 * overlapping stays of one room at the same moment each wait for the other's row: PostgreSQL then
 * aborts one of them after deadlock_timeout, and that one lost the room to an overlapping booking
 * exactly as a 23P01 loser did (the driver's hot-room runs met this about once a second at 32
 * clients; bench/NOTES-driver.md).
 */
public final class ExclusionViolation {

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String DEADLOCK = "40P01";

    private ExclusionViolation() {
    }

    // PostgreSQL's detail of a 23P01: "Key (organisation_id, item_id, unit, date_range)=(7, 42, 1, [2027-01-01,2027-01-03))
    // conflicts ..."; before V37 the key had no unit.
    private static final Pattern CONFLICTING_ITEM = Pattern.compile(
            "\\(organisation_id, item_id, (?:unit, )?date_range\\)=\\(\\d+, (\\d+),");

    /**
     * The item whose nights were taken: as PostgreSQL's detail of a 23P01 names it, or, for a deadlock (whose message
     * names no row), the booking item EclipseLink was inserting when the database refused it. Empty when neither says.
     */
    public static OptionalLong conflictingItem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                Matcher item = CONFLICTING_ITEM.matcher(String.valueOf(sql.getMessage()));
                if (item.find()) {
                    return OptionalLong.of(Long.parseLong(item.group(1)));
                }
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseException database && database.getQuery() instanceof ObjectLevelModifyQuery insert
                    && insert.getObject() instanceof BookingItem refused) {
                return OptionalLong.of(refused.getItem().getId());
            }
        }
        return OptionalLong.empty();
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (EXCLUSION_VIOLATION.equals(sql.getSQLState())
                    || DEADLOCK.equals(sql.getSQLState()) && String.valueOf(sql.getMessage()).contains("exclusion constraint"))) {
                return true;
            }
        }
        return false;
    }
}
