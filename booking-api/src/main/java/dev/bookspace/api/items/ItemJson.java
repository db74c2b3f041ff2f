package dev.bookspace.api.items;

import dev.bookspace.availability.AvailableItem;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.integration.MoneyJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
 * @param beds its beds, as {@link RoomFactsJson}
 * @param sizeM2 its size in m², absent when not given
 * @param amenities its amenities' codes
 * @param checkInTime its own check-in time, absent where the organisation's holds
 * @param checkoutTime its own checkout time, likewise
 * @param translations its title and description in other languages, by language code
 * @param units how many identical rooms it sells (1 for a single room); a booking takes any free one
 * @param unitsLeft how many of them are free for the whole searched stay; present only when the request asked about dates
 */
public record ItemJson(long id, String title, String description, int capacity, MoneyJson nightlyPrice,
        LocalDate checkIn, LocalDate checkout, Long nights, MoneyJson stayTotal, List<PhotoJson> photos, PhotoJson coverPhoto,
        List<RoomFactsJson.BedJson> beds, Integer sizeM2, List<String> amenities, String checkInTime, String checkoutTime,
        Map<String, TranslationJson> translations, int units, Integer unitsLeft) {

    /**
     * By its id alone, consistent with the record's equals: JSON-B's serializer (Yasson) puts every object it writes
     * into a set to catch cycles, so a page of items was hashed field by field, photos and translations included,
     * four times per answer; that was a quarter of the API's CPU under load (bench/RESULTS.md, 2026-12-04 night).
     */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /** The same item with its photos. */
    ItemJson withPhotos(List<PhotoJson> gallery) {
        return new ItemJson(id, title, description, capacity, nightlyPrice, checkIn, checkout, nights, stayTotal, gallery,
                PhotoJson.coverOf(gallery), beds, sizeM2, amenities, checkInTime, checkoutTime, translations, units, unitsLeft);
    }

    static ItemJson of(ItemSummary item) {
        return of(item, null, null, null);
    }

    static ItemJson of(AvailableItem available) {
        return of(available.item(), available.stay().checkIn(), available.stay().checkout(), available);
    }

    private static ItemJson of(ItemSummary item, LocalDate checkIn, LocalDate checkout, AvailableItem available) {
        RoomFactsJson facts = RoomFactsJson.of(item.facts());
        return new ItemJson(item.id(), item.title(), item.description(), item.capacity(), MoneyJson.of(item.nightlyPrice()),
                checkIn, checkout, available == null ? null : available.stay().nights(),
                available == null ? null : MoneyJson.of(available.stayTotal()), List.of(), null,
                facts.beds(), facts.sizeM2(), facts.amenities(), facts.checkInTime(), facts.checkoutTime(),
                TranslationJson.of(item), item.units(), available == null ? null : available.unitsLeft());
    }
}
