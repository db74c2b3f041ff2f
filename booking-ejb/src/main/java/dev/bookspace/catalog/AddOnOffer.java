package dev.bookspace.catalog;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.util.Currency;

/**
 * An add-on as offered with an item.
 *
 * @param id the add-on
 * @param name what the guest reads
 * @param price the unit price
 * @param pricing how the price multiplies
 * @param maxQuantity the most a guest can take
 */
public record AddOnOffer(long id, String name, Money price, AddOnPricing pricing, int maxQuantity) implements Serializable {

    static AddOnOffer of(AddOn addOn, Currency currency) {
        return new AddOnOffer(addOn.getId(), addOn.getName(), new Money(addOn.getPriceMinor(), currency),
                addOn.getPricing(), addOn.getMaxQuantity());
    }

    /** Whether a guest can choose a quantity, or only take it or leave it. */
    public boolean hasQuantity() {
        return maxQuantity > 1;
    }
}
