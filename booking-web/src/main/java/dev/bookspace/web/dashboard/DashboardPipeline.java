package dev.bookspace.web.dashboard;

import dev.bookspace.identity.Account;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.tenancy.Role;
import jakarta.ejb.EJB;
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
import java.util.Currency;
import java.util.Locale;

/**
 * Every {@code /dashboard/*} request, in order: authenticated (else the login page, which returns to
 * the page asked for; a person between their password and their two-factor code is not), then a verified
 * e-mail address (else the verification page), then two-factor sign-in set up where the organisation
 * requires it (else the Security page, where it is set up, and nothing else), then, under
 * {@code /dashboard/owner/}, the owner's role (else 404), then the UI state every page shows (the
 * organisation, and the menu open or closed as this user left it). Declared once here, so a new
 * dashboard page cannot be left open.
 */
@WebFilter(urlPatterns = "/dashboard/*")
public class DashboardPipeline extends HttpFilter {

    /** Where two-factor sign-in is set up: the one page open to someone whose organisation requires it before they have. */
    static final String SECURITY_PAGE = "/dashboard/security.xhtml";

    @Inject
    private CurrentAccount current;

    @EJB
    private OrganisationDirectory directory;

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
        OrganisationSummary organisation = directory.findById(account.organisationId()).orElseThrow();
        if (organisation.requiresTwoFactor() && !account.twoFactor() && !servedPath(request).equals(SECURITY_PAGE)) {
            response.sendRedirect(request.getContextPath() + SECURITY_PAGE);
            return;
        }
        if (isOwnersOnly(request) && account.role() != Role.OWNER) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(DashboardUi.ATTRIBUTE, new DashboardUi(organisation.name(),
                Currency.getInstance(organisation.currencyCode()).getSymbol(Locale.UK), account.sidebarCollapsed()));
        chain.doFilter(request, response);
    }

    /**
     * Judged on the path the container serves, decoded and without dot segments or path parameters,
     * never on the raw URI: {@code /dashboard/%6Fwner/} and {@code /dashboard/x/../owner/} are the
     * owner's pages too. Repeated slashes are collapsed, since the pages behind them are found anyway.
     */
    private static boolean isOwnersOnly(HttpServletRequest request) {
        return servedPath(request).startsWith("/dashboard/owner/");
    }

    private static String servedPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.replaceAll("/{2,}", "/");
    }
}
