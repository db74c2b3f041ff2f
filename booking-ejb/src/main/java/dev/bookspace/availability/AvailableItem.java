package dev.bookspace.availability;

import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;

/**
 * An item free for a stay, with what the stay costs.
 *
 * @param item the item
 * @param stay the nights searched
 * @param stayTotal the price of the stay alone, from {@link dev.bookspace.pricing.Pricing}
 */
public record AvailableItem(ItemSummary item, StayPeriod stay, Money stayTotal) implements Serializable {
}
