package dev.bookspace.api.items;

import dev.bookspace.catalog.ItemOffer;
import dev.bookspace.integration.MoneyJson;
import java.util.List;
import java.util.Map;

/**
 * One item with the add-ons that can be booked with it, its photos in order (its cover among them, and apart), and its
 * facts as {@link RoomFactsJson}, its title and description in other languages ({@link TranslationJson}), and how
 * many identical rooms ({@code units}) it sells.
 */
public record ItemDetailJson(long id, String title, String description, int capacity, MoneyJson nightlyPrice,
        List<AddOnJson> addOns, List<PhotoJson> photos, PhotoJson coverPhoto,
        List<RoomFactsJson.BedJson> beds, Integer sizeM2, List<String> amenities, String checkInTime, String checkoutTime,
        Map<String, TranslationJson> translations, int units) {

    /**
     * @param pricing {@code per_booking}, {@code per_night} or {@code per_guest}
     * @param maxQuantity the most that can be taken
     */
    public record AddOnJson(long id, String name, MoneyJson price, String pricing, int maxQuantity) {
    }

    static ItemDetailJson of(ItemOffer offer, List<PhotoJson> photos) {
        RoomFactsJson facts = RoomFactsJson.of(offer.item().facts());
        return new ItemDetailJson(offer.item().id(), offer.item().title(), offer.item().description(),
                offer.item().capacity(), MoneyJson.of(offer.item().nightlyPrice()),
                offer.addOns().stream().map(addOn -> new AddOnJson(addOn.id(), addOn.name(), MoneyJson.of(addOn.price()),
                        addOn.pricing().code(), addOn.maxQuantity())).toList(), photos, PhotoJson.coverOf(photos),
                facts.beds(), facts.sizeM2(), facts.amenities(), facts.checkInTime(), facts.checkoutTime(),
                TranslationJson.of(offer.item()), offer.item().units());
    }
}
