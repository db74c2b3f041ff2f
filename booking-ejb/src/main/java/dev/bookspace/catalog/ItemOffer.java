package dev.bookspace.catalog;

import dev.bookspace.shared.Language;
import java.io.Serializable;
import java.util.List;

/**
 * An item with the add-ons a guest can book with it: its own and the organisation-wide ones.
 *
 * @param item the item
 * @param addOns the add-ons, by name
 */
public record ItemOffer(ItemSummary item, List<AddOnOffer> addOns) implements Serializable {

    public ItemOffer {
        addOns = List.copyOf(addOns);
    }

    /** The same offer in the words a reader of this language sees (the room's title and description). */
    public ItemOffer in(Language language) {
        return new ItemOffer(item.in(language), addOns);
    }
}
