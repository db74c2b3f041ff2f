package dev.bookspace.catalog;

import dev.bookspace.shared.Coded;
import dev.bookspace.shared.InvalidRequestException;
import java.util.Arrays;

/**
 * The orders a guest may list rooms in, each a keyset on {@code (key, id)} so that "More rooms" stays right:
 * by name (the default), by price (cheapest first) and by size (largest first, rooms without a size last).
 * <p>
 * By price means by the room's own nightly price. The price a card shows comes from the organisation's
 * seasons, weekday rates and discounts, worked out in Java per room for the rooms of the page; ordering by it
 * would price every free room of the organisation for each page, the per-organisation cost a search must not
 * have (issue 17). Rates that change every room's price alike keep this order; a rate on some rooms only can
 * leave a card out of price order.
 */
public enum RoomOrder implements Coded {
    NAME("name", "Name", "i1:", "i.title") {
        @Override
        String key(ItemSummary item) {
            return item.title();
        }

        @Override
        Object bound(String key) {
            return key;
        }
    },
    PRICE("price", "Price, lowest first", "p1:", "i.nightly_price_minor") {
        @Override
        String key(ItemSummary item) {
            return Long.toString(item.nightlyPrice().minor());
        }

        @Override
        Object bound(String key) {
            return Long.parseLong(key);
        }
    },
    /**
     * Largest first: the cursor's key is the size, 0 for none; the query's is its negative, ascending as its index
     * (V42), so that the row comparison after the cursor starts the index scan there. Ties by id as in every order.
     */
    SIZE("size", "Size, largest first", "s1:", "-coalesce(i.size_m2, 0)") {
        @Override
        String key(ItemSummary item) {
            return Integer.toString(item.facts().sizeM2() == null ? 0 : item.facts().sizeM2());
        }

        /** No room is smaller than nothing: a negative key is a cursor altered (and would overflow). */
        @Override
        Object bound(String key) {
            int size = Integer.parseInt(key);
            if (size < 0) {
                throw new IllegalArgumentException(key);
            }
            return -size;
        }
    };

    private final String code;
    private final String label;
    private final String cursorVersion;
    private final String key;

    /** @param key the key as the query orders by it, ascending, on the items aliased {@code i}, as an index of V42 has it */
    RoomOrder(String code, String label, String cursorVersion, String key) {
        this.code = code;
        this.label = label;
        this.cursorVersion = cursorVersion;
        this.key = key;
    }

    @Override
    public String code() {
        return code;
    }

    /** What a guest picks: "Price, lowest first". */
    public String label() {
        return label;
    }

    /** The order a {@code sort} parameter names; name when it is absent or empty. */
    public static RoomOrder of(String sort) {
        if (sort == null || sort.isBlank()) {
            return NAME;
        }
        return Arrays.stream(values()).filter(order -> order.code.equals(sort.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("sort", "Sort by name, price or size.").worded("rooms.sort"));
    }

    /** Where a room stands in this order, as the cursor keeps it. */
    abstract String key(ItemSummary item);

    /** A cursor's key as its query binds it. */
    abstract Object bound(String key);

    /** The key before every room: the first page starts after it. */
    String startKey() {
        return switch (this) {
            case NAME -> "";
            case PRICE -> "-1";
            case SIZE -> Integer.toString(Integer.MAX_VALUE);
        };
    }

    String cursorVersion() {
        return cursorVersion;
    }

    /**
     * The condition that keeps the rooms after the cursor, its key bound as {@code bound} and its id as {@code id},
     * on the items aliased {@code i}: a row comparison, where the order's index starts its scan.
     */
    public String afterCondition(String bound, String id) {
        return "(" + key + ", i.id) > (" + bound + ", " + id + ")";
    }

    /** The order of a page's rows, on the items aliased {@code i}. */
    public String orderBy() {
        return key + ", i.id";
    }
}
