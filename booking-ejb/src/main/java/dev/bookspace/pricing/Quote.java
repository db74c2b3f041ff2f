package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import java.util.List;

/**
 * An itemised price: its lines and their total, all in one currency.
 *
 * @param lines the breakdown, stay first
 * @param total the sum of the lines
 */
public record Quote(List<QuoteLine> lines, Money total) {

    public Quote {
        lines = List.copyOf(lines);
    }
}
