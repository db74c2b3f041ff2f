package dev.bookspace.catalog;

/** How an add-on's price multiplies. Stored in lower case: {@code per_booking}, {@code per_night}, {@code per_guest}. */
public enum AddOnPricing {
    PER_BOOKING,
    PER_NIGHT,
    PER_GUEST;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AddOnPricing fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
