package dev.bookspace.api.items;

import dev.bookspace.availability.UnavailableItem;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.integration.MoneyJson;
import java.util.List;

/**
 * An item not offered for the searched stay, and why, as codes an integration can act on.
 *
 * @param unavailableReasons {@code booked}, {@code closed}, {@code capacity} and the stay rules' codes
 */
public record UnavailableItemJson(long id, String title, String description, int capacity, MoneyJson nightlyPrice,
        List<String> unavailableReasons) {

    static UnavailableItemJson of(UnavailableItem unavailable) {
        ItemSummary item = unavailable.item();
        return new UnavailableItemJson(item.id(), item.title(), item.description(), item.capacity(),
                MoneyJson.of(item.nightlyPrice()), unavailable.codes());
    }
}
