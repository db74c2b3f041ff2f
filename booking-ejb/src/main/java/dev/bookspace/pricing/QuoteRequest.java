package dev.bookspace.pricing;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.shared.StayPeriod;
import java.util.List;
import java.util.Objects;

/**
 * What to price: an item, a stay, how many guests, and the add-ons chosen. There is no price in it.
 *
 * @param itemId the item
 * @param stay the nights
 * @param guests how many people stay
 * @param addOns the add-ons chosen; a quantity of 0 means not chosen
 */
public record QuoteRequest(long itemId, StayPeriod stay, int guests, List<AddOnChoice> addOns) {

    public QuoteRequest {
        Objects.requireNonNull(stay, "stay");
        addOns = List.copyOf(addOns);
    }
}
