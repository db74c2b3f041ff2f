package dev.bookspace.web.dashboard;

import dev.bookspace.booking.BookingFilter;
import dev.bookspace.booking.BookingListService;
import dev.bookspace.booking.BookingRow;
import dev.bookspace.booking.BookingStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /dashboard/bookings.csv}: the filtered bookings as CSV (RFC 4180), behind the same pipeline
 * as every dashboard page. Amounts are in major units with the currency beside them.
 */
@WebServlet("/dashboard/bookings.csv")
public class BookingsCsvServlet extends HttpServlet {

    /** The start of a line whose first character makes a spreadsheet evaluate it. */
    private static final Pattern FORMULA_LINE = Pattern.compile("(?m)^([=+\\-@\t\r])");

    @Inject
    private CurrentAccount current;

    @EJB
    private BookingListService bookings;

    /** A room id; a malformed one is an IllegalArgumentException (NumberFormatException), answered 400. */
    private static Long room(String id) {
        return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BookingFilter filter;
        try {
            filter = new BookingFilter(status(request.getParameter("status")), request.getParameter("q"),
                    date(request.getParameter("from")), date(request.getParameter("until")), room(request.getParameter("room")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Use status=paid, room=<room id> and dates as YYYY-MM-DD.");
            return;
        }
        List<BookingRow> rows = bookings.listBookings(current.scope(), filter, 0, BookingListService.MAX_EXPORT,
                "checkIn", true);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bookings.csv\"");
        PrintWriter out = response.getWriter();
        out.print("reference,guest,email,room,check_in,checkout,status,total,currency,created_at\r\n");
        for (BookingRow row : rows) {
            out.print(Stream.of(row.reference(), row.guestName(), row.guestEmail(), row.roomTitle(),
                            row.stay().checkIn().toString(), row.stay().checkout().toString(), row.status().code(),
                            BigDecimal.valueOf(row.total().minor(), row.total().currency().getDefaultFractionDigits()).toPlainString(),
                            row.total().currencyCode(), row.createdAt().toString())
                    .map(BookingsCsvServlet::field)
                    .collect(Collectors.joining(",")) + "\r\n");
        }
    }

    /**
     * Every field quoted, and every line of it that a spreadsheet would run as a formula (one starting
     * with =, +, -, @, a tab or a carriage return) defused with a leading apostrophe: a value with a
     * line break in it must not smuggle a formula onto a line of its own.
     */
    static String field(String value) {
        String defused = FORMULA_LINE.matcher(value).replaceAll("'$1");
        return "\"" + defused.replace("\"", "\"\"") + "\"";
    }

    private static BookingStatus status(String code) {
        return code == null || code.isBlank() ? null : BookingStatus.fromCode(code);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
