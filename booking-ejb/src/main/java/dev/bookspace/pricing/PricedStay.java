package dev.bookspace.pricing;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.util.List;

/**
 * A checked quote: the breakdown, and the add-ons it prices, in the same order as its add-on lines.
 *
 * @param quote the itemised price
 * @param chosen the add-ons taken (quantity at least 1), line by line
 * @param firstNight the price of the stay's first night, by the rule that prices it: a first-night deposit
 */
public record PricedStay(Quote quote, List<AddOnChoice> chosen, Money firstNight) implements Serializable {

    public PricedStay {
        chosen = List.copyOf(chosen);
    }
}
