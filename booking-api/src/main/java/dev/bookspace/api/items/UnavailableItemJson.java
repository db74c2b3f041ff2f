package dev.bookspace.api.items;

import dev.bookspace.availability.UnavailableItem;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.integration.MoneyJson;
import java.util.List;

/**
 * An item not offered for the searched stay, and why, as codes an integration can act on.
 *
 * @param unavailableReasons {@code booked}, {@code closed}, {@code capacity} and the stay rules' codes
 * @param nearestFreeStay for an item booked those nights, the same item for as many nights from the nearest check-in
 *        that is free and that the stay rules take (up to 14 days either way); absent otherwise
 */
public record UnavailableItemJson(long id, String title, String description, int capacity, MoneyJson nightlyPrice,
        List<String> unavailableReasons, ItemListJson.StayJson nearestFreeStay) {

    static UnavailableItemJson of(UnavailableItem unavailable) {
        ItemSummary item = unavailable.item();
        return new UnavailableItemJson(item.id(), item.title(), item.description(), item.capacity(),
                MoneyJson.of(item.nightlyPrice()), unavailable.codes(), unavailable.nearestFree()
                        .map(stay -> new ItemListJson.StayJson(stay.checkIn(), stay.checkout())).orElse(null));
    }
}
