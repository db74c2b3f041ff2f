package dev.bookspace.pricing;

import dev.bookspace.catalog.AddOnPricing;
import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.util.Objects;

/**
 * An add-on chosen for a stay, as pricing needs it.
 *
 * @param name what the guest reads
 * @param unitPrice the catalogue price
 * @param pricing how the price multiplies
 * @param quantity how many, at least 1
 */
public record PricedAddOn(String name, Money unitPrice, AddOnPricing pricing, int quantity) implements Serializable {

    public PricedAddOn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(pricing, "pricing");
        if (quantity < 1) {
            throw new IllegalArgumentException("A chosen add-on has a quantity of at least 1");
        }
    }
}
