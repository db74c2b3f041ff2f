package dev.bookspace.api.items;

import dev.bookspace.availability.UnavailableItems;
import dev.bookspace.catalog.ItemPage;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A page of items by title.
 *
 * @param items the items
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 * @param unavailableItems with {@code include_unavailable=true} on a first page: the items not offered, with why
 * @param moreUnavailable whether more items are not offered than {@code unavailableItems} lists
 * @param nearestStay when the stay breaks the stay rules, the nearest they take
 */
public record ItemListJson(List<ItemJson> items, String nextCursor, List<UnavailableItemJson> unavailableItems,
        Boolean moreUnavailable, StayJson nearestStay) {

    /** A stay: its check-in and the day the guest leaves. */
    public record StayJson(LocalDate checkIn, LocalDate checkout) {
    }

    static <T> ItemListJson of(ItemPage<T> page, Function<T, ItemJson> json) {
        return new ItemListJson(page.items().stream().map(json).toList(), page.next(), null, null, null);
    }

    /** The same page, each item with its photos. */
    ItemListJson withPhotos(Function<Long, List<PhotoJson>> photos) {
        return new ItemListJson(items.stream().map(item -> item.withPhotos(photos.apply(item.id()))).toList(), nextCursor,
                unavailableItems, moreUnavailable, nearestStay);
    }

    ItemListJson with(UnavailableItems unavailable) {
        return new ItemListJson(items, nextCursor, unavailable.items().stream().map(UnavailableItemJson::of).toList(),
                unavailable.more(), unavailable.nearest().map(stay -> new StayJson(stay.checkIn(), stay.checkout())).orElse(null));
    }
}
