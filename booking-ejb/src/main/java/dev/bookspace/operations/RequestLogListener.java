package dev.bookspace.operations;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Opens and closes each request's {@link LogContext}; both web modules name it in their web.xml. A listener,
 * not a filter: it outlasts the error page's dispatch, so the lines logged while drawing a failure's page
 * still carry the request's ids.
 */
public class RequestLogListener implements ServletRequestListener {

    /** The header a balancer may set (HAProxy: {@code unique-id-header X-Request-Id}). */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        String offered = event.getServletRequest() instanceof HttpServletRequest http ? http.getHeader(REQUEST_ID_HEADER) : null;
        LogContext.startRequest(offered);
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        LogContext.end();
    }
}
