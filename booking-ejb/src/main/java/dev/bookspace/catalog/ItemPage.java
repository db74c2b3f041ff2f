package dev.bookspace.catalog;

import dev.bookspace.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of items in title order and the opaque cursor of the next. Keyset pagination on
 * {@code (title, id)}: a page stays right while rooms are booked or added, and the cursor is
 * URL-safe, so the public rooms page can put it in a link.
 *
 * @param items this page's items
 * @param next the cursor of the next page, or null on the last
 */
public record ItemPage<T>(List<T> items, String next) {

    /** The most items one page holds, on the API and everywhere else. */
    public static final int MAX_LIMIT = 200;

    private static final String VERSION = "i1:";

    /**
     * Where a page starts: after the item with this title and id. The first page starts after
     * {@code ("", 0)}, before every item, because a title has at least one character.
     */
    public record After(String title, long id) {

        public static final After START = new After("", 0);

        /** The page after {@code cursor}, the first when it is null; an altered cursor is the caller's error. */
        public static After of(String cursor) {
            if (cursor == null || cursor.isEmpty()) {
                return START;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int colon = text.indexOf(':', VERSION.length());
                if (!text.startsWith(VERSION) || colon < 0) {
                    throw new IllegalArgumentException(text);
                }
                return new After(text.substring(colon + 1), Long.parseLong(text.substring(VERSION.length(), colon)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("cursor", "Use the next_cursor of the previous page as it was given.");
            }
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((VERSION + id + ":" + title).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Refuses a page size outside 1 to {@link #MAX_LIMIT}, naming the {@code limit} field. */
    public static int requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "Ask for 1 to " + MAX_LIMIT + " items a page.");
        }
        return limit;
    }

    /**
     * The page made of the first {@code limit} of {@code found}, which holds up to {@code limit + 1}
     * items: one more than the page, to know whether another page follows.
     */
    public static <T> ItemPage<T> of(List<T> found, int limit, Function<T, ItemSummary> summary) {
        if (found.size() <= limit) {
            return new ItemPage<>(found, null);
        }
        ItemSummary last = summary.apply(found.get(limit - 1));
        return new ItemPage<>(found.subList(0, limit), new After(last.title(), last.id()).encode());
    }
}
