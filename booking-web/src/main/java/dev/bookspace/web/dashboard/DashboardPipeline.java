package dev.bookspace.web.dashboard;

import dev.bookspace.identity.Account;
import dev.bookspace.tenancy.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every {@code /dashboard/*} request, in order: authenticated (else the login page, which returns to
 * the page asked for), then a verified e-mail address (else the verification page), then, under
 * {@code /dashboard/owner/}, the owner's role (else 404). Declared once here, so a new dashboard page
 * cannot be left open.
 * Declared once here, so a new dashboard page cannot be left open.
 */
@WebFilter(urlPatterns = "/dashboard/*")
public class DashboardPipeline extends HttpFilter {

    @Inject
    private CurrentAccount current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Account account = current.account();
        if (account == null) {
            String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(asked, StandardCharsets.UTF_8));
            return;
        }
        if (!account.verified()) {
            response.sendRedirect(request.getContextPath() + "/verify-email.xhtml");
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/dashboard/owner/") && account.role() != Role.OWNER) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
