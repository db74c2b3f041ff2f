package dev.bookspace.booking;

import java.sql.SQLException;

/** Recognises the database refusing an overlap: PostgreSQL's exclusion_violation, SQLState 23P01. */
final class ExclusionViolation {

    private ExclusionViolation() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
