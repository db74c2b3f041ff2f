package dev.bookspace.catalog;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.util.Currency;

/**
 * An item as pages and the API show it, detached from the persistence context.
 *
 * @param id the item id
 * @param title what guests see first
 * @param description a short description
 * @param capacity the most guests it holds
 * @param nightlyPrice the price of one night
 * @param facts its beds, size, amenities and own hours
 */
public record ItemSummary(long id, String title, String description, int capacity, Money nightlyPrice, RoomFacts facts)
        implements Serializable {

    public static ItemSummary of(Item item, Currency currency) {
        return new ItemSummary(item.getId(), item.getTitle(), item.getDescription(), item.getCapacity(),
                item.nightlyPrice(currency), item.facts());
    }
}
