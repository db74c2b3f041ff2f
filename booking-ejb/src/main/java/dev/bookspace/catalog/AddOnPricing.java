package dev.bookspace.catalog;

import java.util.Locale;

/**
 * How an add-on's price multiplies. Stored in lower case: {@code per_booking}, {@code per_night},
 * {@code per_guest}, {@code per_guest_night}.
 */
public enum AddOnPricing {
    PER_BOOKING("once per booking", "per booking"),
    PER_NIGHT("per night", "per night"),
    PER_GUEST("per guest", "per guest"),
    PER_GUEST_NIGHT("per guest per night (breakfast)", "per guest per night");

    private final String choice;
    private final String suffix;

    AddOnPricing(String choice, String suffix) {
        this.choice = choice;
        this.suffix = suffix;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How staff choose it: "once per booking". */
    public String choice() {
        return choice;
    }

    /** What follows its price for a guest: "€12.00 per guest per night". */
    public String suffix() {
        return suffix;
    }

    public static AddOnPricing fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
