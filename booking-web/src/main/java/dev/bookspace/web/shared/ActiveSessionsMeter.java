package dev.bookspace.web.shared;

import dev.bookspace.operations.OperationsMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Counts the pages' open sessions for the metrics (bookspace_sessions_active): the API keeps none. */
@WebListener
public class ActiveSessionsMeter implements HttpSessionListener {

    @Inject
    private OperationsMetrics metrics;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        metrics.sessionCreated();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        metrics.sessionDestroyed();
    }
}
