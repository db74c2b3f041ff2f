package dev.bookspace.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Gives every answer of the web module a Content-Security-Policy, one header only. Faces pages get
 * PrimeFaces' policy with the page's nonce (web.xml, {@code primefaces.CSP_POLICY}); PrimeFaces adds its
 * header, and a second policy would be enforced beside the first, so here an added policy replaces the
 * default instead. What PrimeFaces does not draw (the CSV export, redirects, static files) keeps the
 * default: nothing runs, nothing frames it. Declared in web.xml, ahead of {@link PublicUrlFilter}, so the
 * public pages it forwards are answered through this filter's response.
 * <p>
 * Every policy says {@code frame-ancestors 'none'}, but for one page: the booking widget, which a page
 * names the sites allowed to frame it for ({@link #allowFraming}), whenever its policy is set.
 */
public class ContentSecurityPolicyFilter extends HttpFilter {

    static final String HEADER = "Content-Security-Policy";
    static final String DEFAULT_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String NO_FRAMING = "frame-ancestors 'none'";
    private static final String FRAME_ANCESTORS = ContentSecurityPolicyFilter.class.getName() + ".frameAncestors";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, DEFAULT_POLICY);
        chain.doFilter(request, new OnePolicy(request, response));
    }

    /**
     * Lets these sources ({@code https://site.example http://localhost:8000}, or {@code 'none'}) frame this
     * request's page: its policy, set already or set later, says so in place of {@code frame-ancestors 'none'}.
     */
    public static void allowFraming(HttpServletRequest request, HttpServletResponse response, String sources) {
        request.setAttribute(FRAME_ANCESTORS, sources);
        String policy = response.getHeader(HEADER);
        if (policy != null) {
            response.setHeader(HEADER, framing(policy, sources));
        }
    }

    private static String framing(String policy, String sources) {
        return sources == null ? policy : policy.replace(NO_FRAMING, "frame-ancestors " + sources);
    }

    /** A response on which adding a policy sets it, replacing the default, with the framing the page allows. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        OnePolicy(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HEADER.equalsIgnoreCase(name)
                    ? framing(value, (String) request.getAttribute(FRAME_ANCESTORS)) : value);
        }
    }
}
