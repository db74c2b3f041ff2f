package dev.bookspace.booking;

import dev.bookspace.shared.PageCursor;
import java.util.List;

/**
 * One page of bookings and the cursor of the next.
 *
 * @param next an opaque cursor for the next page, or null on the last
 */
public record BookingPage(List<BookingRow> rows, String next) {

    /** Cursors from before {@link PageCursor} read "b1:&lt;id&gt;"; they still do. */
    private static final String LIST = "b1";

    static String encode(long lastId) {
        return PageCursor.encode(LIST, lastId);
    }

    static long decode(String cursor) {
        return PageCursor.decode(LIST, cursor);
    }
}
