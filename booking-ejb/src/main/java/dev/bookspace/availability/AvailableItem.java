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
 * @param unitsLeft how many of its units are free for the whole stay, at least 1
 */
public record AvailableItem(ItemSummary item, StayPeriod stay, Money stayTotal, Pricing.LowestNight lowestNight,
        int unitsLeft) implements Serializable {

    /** At most this many units left, guests are told how few remain ("Only 2 left"), as the big booking sites do. */
    public static final int FEW_LEFT = 3;

    /** Whether the card says how few are left: a room of several units with at most {@value #FEW_LEFT} free. */
    public boolean fewLeft() {
        return item.units() > 1 && unitsLeft <= FEW_LEFT;
    }

    /** The same room in the words a reader of this language sees (its title and description). */
    public AvailableItem in(Language language) {
        return new AvailableItem(item.in(language), stay, stayTotal, lowestNight, unitsLeft);
    }
}
