package dev.bookspace.operations;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a failure that means "the database cannot be reached now" (PostgreSQL down or restarting, its
 * connections cut, the pool out of connections) from a bug, so the pages and the API answer the first with a
 * 503 and a time to come back instead of a 500. It looks down the whole chain of causes, since EJB, JTA, JPA
 * and the pool each wrap the driver's exception their own way (the transaction manager's "could not commit"
 * carries it as a suppressed exception, not as its cause). Anything else, a constraint or a syntax error
 * included, is not this and stays a 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait (Retry-After): PostgreSQL restarts in a few, and the pool recovers in as many. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        return anyMeans(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean anyMeans(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (means(failure) || anyMeans(failure.getCause(), seen)
                || failure instanceof SQLException sql && anyMeans(sql.getNextException(), seen)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (anyMeans(suppressed, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean means(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return unavailableState(sql.getSQLState());
        }
        // The pool (IronJacamar) could not hand out a connection: none free within the blocking timeout, or a new
        // one could not be opened.
        if (cause instanceof ResourceException) {
            return true;
        }
        // The transaction manager could not reach the database to commit or roll back.
        return cause instanceof XAException xa && (xa.errorCode == XAException.XAER_RMFAIL);
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server shutting down, crashed, or not yet
     * accepting connections) and 53300 (too many connections).
     */
    private static boolean unavailableState(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300");
    }
}
