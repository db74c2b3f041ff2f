package dev.bookspace.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code next_cursor} of the API's keyset-paginated lists: the last row's id, with a prefix
 * naming the list, so that a cursor of one list is refused by another rather than misread.
 */
public final class PageCursor {

    private PageCursor() {
    }

    public static String encode(String list, long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((list + ":" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor carries; a cursor not made by {@link #encode} for this list is an {@link InvalidRequestException}. */
    public static long decode(String list, String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(list + ":")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(list.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "Use the next_cursor of the previous page as it was given.")
                    .worded("page.cursor");
        }
    }
}
