package dev.bookspace.booking;

import dev.bookspace.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of bookings and the cursor of the next.
 *
 * @param next an opaque cursor for the next page, or null on the last
 */
public record BookingPage(List<BookingRow> rows, String next) {

    private static final String VERSION = "b1:";

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + lastId).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(VERSION)) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "Use the next_cursor of the previous page as it was given.");
        }
    }
}
