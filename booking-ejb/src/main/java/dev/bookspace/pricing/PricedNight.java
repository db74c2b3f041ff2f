package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One night of one room as {@link Pricing} prices it.
 *
 * @param night the date the night begins
 * @param price what the night costs
 * @param rate the rule that priced it, such as {@code High season} or {@code High season, Weekend}; null for the base price
 */
public record PricedNight(LocalDate night, Money price, String rate) implements Serializable {
}
