package dev.bookspace.api.items;

import java.util.List;

/**
 * A list of items, in an envelope so that paging can be added without breaking clients.
 *
 * @param items the items
 */
public record ItemListJson(List<ItemJson> items) {
}
