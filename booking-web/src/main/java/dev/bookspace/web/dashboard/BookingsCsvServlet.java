package dev.bookspace.web.dashboard;

import dev.bookspace.booking.BookingFilter;
import dev.bookspace.booking.BookingListService;
import dev.bookspace.booking.BookingRow;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.shared.InvalidRequestException.Wording;
import dev.bookspace.shared.IsoDay;
import dev.bookspace.web.shared.CsvDownload;
import dev.bookspace.web.shared.PageLanguage;
import dev.bookspace.web.shared.RefusalWords;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /dashboard/bookings.csv}: the filtered bookings as CSV ({@link CsvDownload}), behind the same pipeline
 * as every dashboard page. Amounts are in major units with the currency beside them. A booking is one line
 * however many rooms it holds (their titles in its one room cell), so a column of totals adds up. A filter the page
 * never sends (an address edited by hand) answers the 400 page, saying what to correct in the reader's language.
 */
@WebServlet("/dashboard/bookings.csv")
public class BookingsCsvServlet extends HttpServlet {

    @Inject
    private CurrentAccount current;

    @Inject
    private PageLanguage page;

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
                    IsoDay.parse(request.getParameter("from")), IsoDay.parse(request.getParameter("until")), room(request.getParameter("room")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            String english = "Use status=paid, room=<room id> and dates as YYYY-MM-DD.";
            request.setAttribute(GuestDataServlet.REFUSAL, RefusalWords.of(new Wording("bookings.export", List.of()), english,
                    page.getLocale()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, english);
            return;
        }
        List<BookingRow> rows = bookings.listBookings(current.scope(), filter, 0, BookingListService.MAX_EXPORT,
                "checkIn", true);
        CsvDownload csv = CsvDownload.start(response, "bookings.csv", List.of("reference", "guest", "email", "room",
                "check_in", "checkout", "status", "total", "currency", "created_at"));
        for (BookingRow row : rows) {
            csv.row(List.of(row.reference(), row.guestName(), row.guestEmail(), row.roomTitles(),
                    row.stay().checkIn().toString(), row.stay().checkout().toString(), row.words().brief(),
                    BigDecimal.valueOf(row.total().minor(), row.total().currency().getDefaultFractionDigits()).toPlainString(),
                    row.total().currencyCode(), row.createdAt().toString()));
        }
    }

    private static BookingStatus status(String code) {
        return code == null || code.isBlank() ? null : BookingStatus.fromCode(code);
    }

}
