package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.util.Objects;

/**
 * One line of a price breakdown.
 *
 * @param kind nights, a discount, an add-on, a fee or a tax
 * @param label what a guest reads, such as {@code 3 nights × €120.00 (Low season)}
 * @param amount the line's amount; negative for a discount
 */
public record QuoteLine(LineKind kind, String label, Money amount) implements Serializable {

    public QuoteLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }

    /** Whether the line adds to the total: all but a tax the prices already include. */
    public boolean counts() {
        return kind != LineKind.INCLUDED_TAX;
    }
}
