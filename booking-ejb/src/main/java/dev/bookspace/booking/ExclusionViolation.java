package dev.bookspace.booking;

import java.sql.SQLException;

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
