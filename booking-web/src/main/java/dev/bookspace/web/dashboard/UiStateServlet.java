package dev.bookspace.web.dashboard;

import dev.bookspace.identity.AccountService;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /dashboard/ui-state} with {@code sidebar=collapsed|open}: remembers where the signed-in
 * user left the menu. Behind the dashboard pipeline like every page; the session cookie's SameSite
 * keeps other sites from posting here in the user's name.
 */
@WebServlet("/dashboard/ui-state")
public class UiStateServlet extends HttpServlet {

    @Inject
    private CurrentAccount current;

    @EJB
    private AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sidebar = request.getParameter("sidebar");
        if (!"collapsed".equals(sidebar) && !"open".equals(sidebar)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "sidebar is collapsed or open");
            return;
        }
        accounts.rememberSidebar(current.account().userId(), "collapsed".equals(sidebar));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
