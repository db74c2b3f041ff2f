package dev.bookspace.web.dashboard;

import dev.bookspace.booking.GuestDataService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.shared.PageLanguage;
import dev.bookspace.web.shared.RefusalWords;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /dashboard/guest-data.json?email=…}: everything held about a guest as one JSON document, to
 * hand to them, behind the same pipeline as every dashboard page.
 */
@WebServlet("/dashboard/guest-data.json")
public class GuestDataServlet extends HttpServlet {

    /** The request attribute the 400 page shows, when a servlet refused the request in the reader's words. */
    public static final String REFUSAL = "bookspace.refusal";

    @Inject
    private CurrentAccount current;

    @Inject
    private PageLanguage page;

    @EJB
    private GuestDataService guestData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String document;
        try {
            document = guestData.export(current.scope(), request.getParameter("email"));
        } catch (InvalidRequestException e) {
            // The 400 page says what to correct, in the reader's language.
            request.setAttribute(REFUSAL, RefusalWords.of(e, page.getLocale()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"guest-data.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print(document);
    }
}
