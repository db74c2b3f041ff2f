package dev.bookspace.web.shared;

import dev.bookspace.organisation.OrganisationIdentifier;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the bookmarkable public URLs, such as {@code /demo/rooms?check_in=…&checkout=…} (and the booking
 * widget's {@code /demo/widget}), from their
 * Facelets views (and a booking's {@code stay.ics} and the date picker's nights from their servlets). The browser keeps the path-style URL; the view receives the organisation
 * identifier as its {@code org} view parameter next to the query's own parameters. Identifiers
 * follow {@link OrganisationIdentifier}'s one definition.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PublicUrlFilter extends HttpFilter {

    private static final String ORGANISATION = "/(" + OrganisationIdentifier.FORMAT + ")";
    private static final Pattern ROOMS = Pattern.compile("^" + ORGANISATION + "/rooms/?$");
    private static final Pattern ROOM = Pattern.compile("^" + ORGANISATION + "/rooms/([0-9]{1,18})/?$");
    /** Several rooms chosen on the rooms page for one booking: {@code with=…} names each; the first is the page's room. */
    private static final Pattern ROOMS_TOGETHER = Pattern.compile("^" + ORGANISATION + "/rooms/together/?$");
    private static final Pattern WIDGET = Pattern.compile("^" + ORGANISATION + "/widget/?$");
    private static final Pattern BOOKING = Pattern.compile("^" + ORGANISATION + "/bookings/([A-Z0-9-]{3,32})/?$");
    private static final Pattern NIGHTS = Pattern.compile("^" + ORGANISATION + "/nights$");
    private static final Pattern STAY_CALENDAR = Pattern.compile("^" + ORGANISATION + "/bookings/([A-Z0-9-]{3,32})/stay\\.ics$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String view = viewFor(path);
        if (view != null) {
            request.getRequestDispatcher(view).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The Facelets view, with its path parameters, that serves a public URL; null for any other path. */
    static String viewFor(String path) {
        Matcher rooms = ROOMS.matcher(path);
        if (rooms.matches()) {
            return "/public/rooms.xhtml?org=" + rooms.group(1);
        }
        Matcher room = ROOM.matcher(path);
        if (room.matches()) {
            return "/public/room.xhtml?org=" + room.group(1) + "&item=" + room.group(2);
        }
        Matcher together = ROOMS_TOGETHER.matcher(path);
        if (together.matches()) {
            return "/public/room.xhtml?org=" + together.group(1);
        }
        Matcher widget = WIDGET.matcher(path);
        if (widget.matches()) {
            return "/public/widget.xhtml?org=" + widget.group(1);
        }
        Matcher booking = BOOKING.matcher(path);
        if (booking.matches()) {
            return "/public/booking.xhtml?org=" + booking.group(1) + "&reference=" + booking.group(2);
        }
        Matcher stayCalendar = STAY_CALENDAR.matcher(path);
        if (stayCalendar.matches()) {
            return "/stay-calendar?org=" + stayCalendar.group(1) + "&reference=" + stayCalendar.group(2);
        }
        Matcher nights = NIGHTS.matcher(path);
        if (nights.matches()) {
            return "/nights?org=" + nights.group(1);
        }
        return null;
    }
}
