package dev.bookspace.availability;

import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.pricing.Pricing;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;

/**
 * An item free for a stay, with what the stay costs.
 *
 * @param item the item
 * @param stay the nights searched
 * @param stayTotal the price of the stay alone (its nights less any length-of-stay discount), from {@link Pricing}
 * @param lowestNight the cheapest night of the stay under the organisation's rates
 */
public record AvailableItem(ItemSummary item, StayPeriod stay, Money stayTotal, Pricing.LowestNight lowestNight)
        implements Serializable {

    /** The same room in the words a reader of this language sees (its title and description). */
    public AvailableItem in(Language language) {
        return new AvailableItem(item.in(language), stay, stayTotal, lowestNight);
    }
}
