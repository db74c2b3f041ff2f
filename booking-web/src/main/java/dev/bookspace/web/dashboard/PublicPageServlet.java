package dev.bookspace.web.dashboard;

import dev.bookspace.organisation.OnboardingService;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.tenancy.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /dashboard/public-page}: the dashboard's link to the organisation's public page, which ticks "Open your
 * public page" off an owner's getting-started checklist on the way there.
 */
@WebServlet("/dashboard/public-page")
public class PublicPageServlet extends HttpServlet {

    @Inject
    private CurrentAccount current;

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private OnboardingService onboarding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (current.scope().has(Role.OWNER)) {
            onboarding.mark(current.scope(), OnboardingService.Mark.PUBLIC_PAGE_OPENED);
        }
        String identifier = directory.findById(current.scope().organisationId()).orElseThrow().identifier();
        response.sendRedirect(request.getContextPath() + "/" + identifier + "/rooms");
    }
}
