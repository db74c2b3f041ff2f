package dev.bookspace.pricing;

import java.util.Locale;

/**
 * What a line of a quote is. Stored and sent in lower case: {@code nights}, {@code discount},
 * {@code add_on}, {@code fee}, {@code tax}, {@code included_tax}.
 */
public enum LineKind {
    /** Nights at one rate. */
    NIGHTS,
    /** A length-of-stay discount, a negative amount. */
    DISCOUNT,
    ADD_ON,
    FEE,
    TAX,
    /** A tax the prices already include: shown for the guest's receipt, not part of the total. */
    INCLUDED_TAX;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LineKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
