package dev.bookspace.integration;

import dev.bookspace.pricing.QuoteLine;

/**
 * One line of a price in the API: a quote's, or a booking's as it was priced when made.
 *
 * @param kind {@code nights}, {@code discount}, {@code add_on}, {@code fee}, {@code tax} or {@code included_tax}
 *             (shown for the receipt, not added to the total)
 * @param label what the guest reads, such as {@code 3 nights × €120.00 (Low season)}
 */
public record PriceLineJson(String kind, String label, MoneyJson amount) {

    public static PriceLineJson of(QuoteLine line) {
        return new PriceLineJson(line.kind().code(), line.label(), MoneyJson.of(line.amount()));
    }
}
