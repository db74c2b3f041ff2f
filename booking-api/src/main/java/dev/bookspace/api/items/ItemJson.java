package dev.bookspace.api.items;

import dev.bookspace.availability.AvailableItem;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.integration.MoneyJson;
import java.time.LocalDate;
import java.util.List;

/**
 * An item in the API. The stay fields are present only when the request asked about dates.
 *
 * @param id the item id
 * @param title what guests see first
 * @param description a short description
 * @param capacity the most guests it holds
 * @param nightlyPrice one night
 * @param checkIn the searched check-in
 * @param checkout the searched checkout
 * @param nights the nights of the searched stay
 * @param stayTotal the price of the searched stay
 * @param photos the item's photos in order, none when it has none
 * @param coverPhoto the photo marked as its cover (or else its first); absent without photos
 */
public record ItemJson(long id, String title, String description, int capacity, MoneyJson nightlyPrice,
        LocalDate checkIn, LocalDate checkout, Long nights, MoneyJson stayTotal, List<PhotoJson> photos, PhotoJson coverPhoto) {

    /** The same item with its photos. */
    ItemJson withPhotos(List<PhotoJson> gallery) {
        return new ItemJson(id, title, description, capacity, nightlyPrice, checkIn, checkout, nights, stayTotal, gallery,
                PhotoJson.coverOf(gallery));
    }

    static ItemJson of(ItemSummary item) {
        return new ItemJson(item.id(), item.title(), item.description(), item.capacity(),
                MoneyJson.of(item.nightlyPrice()), null, null, null, null, List.of(), null);
    }

    static ItemJson of(AvailableItem available) {
        ItemSummary item = available.item();
        return new ItemJson(item.id(), item.title(), item.description(), item.capacity(),
                MoneyJson.of(item.nightlyPrice()), available.stay().checkIn(), available.stay().checkout(),
                available.stay().nights(), MoneyJson.of(available.stayTotal()), List.of(), null);
    }
}
