package dev.bookspace.pricing;

import java.util.Locale;

/**
 * How a tax or fee is charged. Stored in lower case: {@code per_guest_night}, {@code per_booking},
 * {@code percent_added}, {@code percent_included}.
 */
public enum ChargeKind {
    /** A city or tourist tax: an amount for each guest for each night. */
    PER_GUEST_NIGHT,
    /** A fee once per booking, such as cleaning. */
    PER_BOOKING,
    /** A tax added on top of the prices (a sales tax). */
    PERCENT_ADDED,
    /** A tax the prices already include (VAT in Europe): shown, never added again. */
    PERCENT_INCLUDED;

    public boolean isPercentage() {
        return this == PERCENT_ADDED || this == PERCENT_INCLUDED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChargeKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
