package dev.bookspace.web.availability;

import dev.bookspace.calendarsync.CalendarExportDirectory;
import dev.bookspace.calendarsync.CalendarExportService;
import dev.bookspace.shared.Digests;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /ical/{token}.ics}: a room's busy nights for other channels (Airbnb, Booking.com, Google
 * Calendar), which poll it. The token is the credential; an unknown one answers 404 like any missing
 * page. An ETag lets a channel's repeated poll cost a 304.
 */
@WebServlet("/ical/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final Pattern FEED = Pattern.compile("^/([0-9a-f]{32})\\.ics$");

    @EJB
    private CalendarExportDirectory directory;

    @EJB
    private CalendarExportService exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = FEED.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> calendar = Optional.empty();
        if (path.matches()) {
            String token = path.group(1);
            calendar = directory.organisationOf(token)
                    .flatMap(organisation -> exports.calendar(Scope.systemOf(organisation, "calendar feed"), token));
        }
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no calendar at this address.");
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        // Each event's DTSTAMP is the moment it was written, so the tag leaves those lines out: same nights, same tag.
        String etag = "\"" + Digests.sha256Hex(calendar.get().replaceAll("(?m)^DTSTAMP:.*$", "")).substring(0, 32) + "\"";
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"calendar.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
