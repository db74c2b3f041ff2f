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
 */
public class ContentSecurityPolicyFilter extends HttpFilter {

    static final String HEADER = "Content-Security-Policy";
    static final String DEFAULT_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, DEFAULT_POLICY);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response on which adding a policy sets it, replacing the default. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
