package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import java.io.Serializable;

/**
 * One line of a price breakdown.
 *
 * @param label what a guest reads, such as {@code 3 nights × €120.00}
 * @param amount the line's amount
 */
public record QuoteLine(String label, Money amount) implements Serializable {
}
