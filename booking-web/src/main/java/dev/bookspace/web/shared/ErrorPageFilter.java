package dev.bookspace.web.shared;

import dev.bookspace.operations.DatabaseUnavailable;
import dev.bookspace.operations.LogContext;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Error pages are Facelets views, drawn as a fresh GET of the error page whatever the failed request was:
 * the Faces servlet refuses PATCH or PROPFIND (an empty answer, not our page), and a failed form's
 * parameters would make the error page a postback of the failed form (its view state, its CSP nonce).
 * A view state the server does not hold, expired or forged, or a form without the page's nonce, is the
 * request's fault: 400 with the "reload" page, not 500. An AJAX request (a PrimeFaces widget of a page
 * left open past its session) gets the error page as the whole new document of its partial response, so
 * the person reads the sentence on the page they were using, and reloading it reloads that page. A failure
 * on our side is logged with its incident id, which the 500 page shows. The database out of reach (restarting,
 * its connections cut, the pool exhausted) is no bug: 503 with Retry-After and the "back in a moment" page, the
 * one place the pages tell the two apart.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageFilter extends HttpFilter {

    /** The id the 500 page shows, to quote; the request's log lines carry it. */
    public static final String INCIDENT_ATTRIBUTE = "bookspace.incident";
    private static final Logger LOG = Logger.getLogger(ErrorPageFilter.class.getName());
    private static final String FACES_REQUEST = "Faces-Request";
    private static final String PARTIAL_AJAX = "partial/ajax";
    private static final String UNAVAILABLE_PAGE = "/WEB-INF/errorpages/503.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        boolean unavailable = DatabaseUnavailable.causes(failure);
        if (isStaleForm(failure)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (unavailable) {
            String incident = LogContext.incident();
            LOG.log(Level.WARNING, "Page incident " + incident + ": the database is unavailable: " + failure);
            LOG.log(Level.FINE, "Page incident " + incident, failure);
            request.setAttribute(INCIDENT_ATTRIBUTE, incident);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        } else if (failure != null || response.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            String incident = LogContext.incident();
            LOG.log(Level.SEVERE, "Page incident " + incident, failure);
            request.setAttribute(INCIDENT_ATTRIBUTE, incident);
        }
        if (!PARTIAL_AJAX.equals(request.getHeader(FACES_REQUEST))) {
            draw(unavailable, request, response, chain);
            return;
        }
        CapturedPage page = new CapturedPage(response);
        draw(unavailable, request, page, chain);
        // PrimeFaces reads a partial response only from a 200; the page says what went wrong.
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml;charset=UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
                + "<update id=\"jakarta.faces.ViewRoot\"><![CDATA[" + page.body().replace("]]>", "]]]]><![CDATA[>")
                + "]]></update></changes></partial-response>");
    }

    /** The error page web.xml chose, or the 503 page in its place. */
    private static void draw(boolean unavailable, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (unavailable) {
            request.getRequestDispatcher(UNAVAILABLE_PAGE).forward(new FreshGet(request), response);
        } else {
            chain.doFilter(new FreshGet(request), response);
        }
    }

    /** A failure whose page the servlet container must draw, even for an AJAX request: see {@link StaleFormExceptionHandler}. */
    static boolean needsErrorPage(Throwable failure) {
        return isStaleForm(failure) || DatabaseUnavailable.causes(failure);
    }

    /** A view state the server does not hold (expired, forged) or a form without its page's CSP nonce. */
    static boolean isStaleForm(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    /** The request as a GET without parameters, and not an AJAX request: the error page is drawn whole. */
    private static final class FreshGet extends HttpServletRequestWrapper {

        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getHeader(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
