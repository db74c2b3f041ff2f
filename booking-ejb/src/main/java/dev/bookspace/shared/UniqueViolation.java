package dev.bookspace.shared;

import java.sql.SQLException;

/**
 * Recognises the database refusing a duplicate: PostgreSQL's unique_violation, SQLState 23505. A
 * service checks first for a clear message; this covers the race where someone else got there between
 * the check and the flush.
 */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
