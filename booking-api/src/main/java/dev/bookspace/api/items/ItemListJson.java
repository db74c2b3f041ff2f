package dev.bookspace.api.items;

import dev.bookspace.catalog.ItemPage;
import java.util.List;
import java.util.function.Function;

/**
 * A page of items by title.
 *
 * @param items the items
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 */
public record ItemListJson(List<ItemJson> items, String nextCursor) {

    static <T> ItemListJson of(ItemPage<T> page, Function<T, ItemJson> json) {
        return new ItemListJson(page.items().stream().map(json).toList(), page.next());
    }
}
