package dev.bookspace.web.booking;

import dev.bookspace.booking.BookingService;
import dev.bookspace.booking.GuestBooking;
import dev.bookspace.booking.StayCalendar;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.shared.PublicUrls;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /{org}/bookings/{reference}/stay.ics?token=…}: the guest's stay for their own calendar, linked from
 * their booking page and the confirmation e-mail. The booking page's token is the credential, as for the page;
 * anything else answers 404. ({@code PublicUrlFilter} forwards the public address here.)
 */
@WebServlet("/stay-calendar")
public class StayCalendarServlet extends HttpServlet {

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private BookingService bookings;

    @EJB
    private CatalogService catalog;

    @Inject
    private PublicUrls urls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OrganisationSummary> organisation = directory.findByIdentifier(request.getParameter("org"));
        Optional<GuestBooking> booking = organisation.flatMap(found -> bookings.findForGuest(found.guestScope(),
                request.getParameter("reference"), request.getParameter("token")));
        if (booking.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such booking.");
            return;
        }
        // The rooms as the guest's mails name them: the title staff gave in the guest's language, where they did.
        Map<Long, String> titles = catalog.listItems(organisation.get().guestScope()).stream()
                .collect(Collectors.toMap(ItemSummary::id, room -> room.title(booking.get().language())));
        byte[] body = StayCalendar.of(booking.get(), booking.get().roomTitles(titles), ZoneId.of(organisation.get().timeZone()),
                urls.of(booking.get().pagePath())).getBytes(StandardCharsets.UTF_8);
        // The token is in the address: keep the answer out of shared caches, as the booking page is.
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + booking.get().reference() + ".ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
