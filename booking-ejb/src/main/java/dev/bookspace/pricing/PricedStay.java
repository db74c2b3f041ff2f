package dev.bookspace.pricing;

import dev.bookspace.catalog.AddOnChoice;
import java.io.Serializable;
import java.util.List;

/**
 * A checked quote: the breakdown, and the add-ons it prices, in the same order as its add-on lines.
 *
 * @param quote the itemised price
 * @param chosen the add-ons taken (quantity at least 1), line by line
 */
public record PricedStay(Quote quote, List<AddOnChoice> chosen) implements Serializable {

    public PricedStay {
        chosen = List.copyOf(chosen);
    }
}
