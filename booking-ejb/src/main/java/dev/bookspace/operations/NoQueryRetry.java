package dev.bookspace.operations;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's retry of a read whose connection failed (persistence.xml names it as the session
 * customizer; EclipseLink 4.0 has no property for it). By default a read that finds the pool full or PostgreSQL
 * restarting waits a second and tries again, three times, so the request waited seven seconds or more instead of
 * being answered 503 at once (README, Operations, "Faults"). The pool hands out only live connections, so the
 * client's next request, not a retry inside this one, is the one that succeeds once the database is back.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
