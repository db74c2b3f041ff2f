package dev.bookspace.catalog;

import dev.bookspace.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of items in a {@link RoomOrder} (by title unless asked otherwise) and the opaque cursor of the next.
 * Keyset pagination on {@code (key, id)}: a page stays right while rooms are booked or added, and the cursor is
 * URL-safe, so the public rooms page can put it in a link. A cursor names its order, so one made for another order
 * is refused rather than read wrongly.
 *
 * @param items this page's items
 * @param next the cursor of the next page, or null on the last
 */
public record ItemPage<T>(List<T> items, String next) {

    /** The most items one page holds, on the API and everywhere else. */
    public static final int MAX_LIMIT = 200;

    /**
     * Where a page starts: after the item with this key (its title, by name) and id. The first page by name starts
     * after {@code ("", 0)}, before every item, because a title has at least one character.
     */
    public record After(String key, long id) {

        public static final After START = new After("", 0);

        /** The page by name after {@code cursor}, the first when it is null; an altered cursor is the caller's error. */
        public static After of(String cursor) {
            return of(cursor, RoomOrder.NAME);
        }

        /** The page in {@code order} after {@code cursor}; a cursor of another order is refused as altered. */
        public static After of(String cursor, RoomOrder order) {
            if (cursor == null || cursor.isEmpty()) {
                return new After(order.startKey(), 0);
            }
            String version = order.cursorVersion();
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int colon = text.indexOf(':', version.length());
                if (!text.startsWith(version) || colon < 0) {
                    throw new IllegalArgumentException(text);
                }
                After after = new After(text.substring(colon + 1), Long.parseLong(text.substring(version.length(), colon)));
                order.bound(after.key);
                return after;
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("cursor", "Use the next_cursor of the previous page as it was given.")
                        .worded("page.cursor");
            }
        }

        /** The key as the order's query binds it: a title, a price in minor units, a size. */
        public Object boundKey(RoomOrder order) {
            return order.bound(key);
        }

        String encode(RoomOrder order) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((order.cursorVersion() + id + ":" + key).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Refuses a page size outside 1 to {@link #MAX_LIMIT}, naming the {@code limit} field. */
    public static int requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "Ask for 1 to " + MAX_LIMIT + " items a page.")
                    .worded("page.limit.items", MAX_LIMIT);
        }
        return limit;
    }

    /**
     * The page made of the first {@code limit} of {@code found}, which holds up to {@code limit + 1}
     * items: one more than the page, to know whether another page follows.
     */
    public static <T> ItemPage<T> of(List<T> found, int limit, Function<T, ItemSummary> summary) {
        return of(found, limit, summary, RoomOrder.NAME);
    }

    /** As {@link #of(List, int, Function)}, for items found in {@code order}. */
    public static <T> ItemPage<T> of(List<T> found, int limit, Function<T, ItemSummary> summary, RoomOrder order) {
        if (found.size() <= limit) {
            return new ItemPage<>(found, null);
        }
        ItemSummary last = summary.apply(found.get(limit - 1));
        return new ItemPage<>(found.subList(0, limit), new After(order.key(last), last.id()).encode(order));
    }
}
