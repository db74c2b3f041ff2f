package dev.bookspace.catalog;

import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.util.Currency;
import java.util.Map;

/**
 * An item as pages and the API show it, detached from the persistence context.
 *
 * @param id the item id
 * @param title what guests see first: the room's own, in its organisation's language
 * @param description a short description
 * @param capacity the most guests it holds
 * @param nightlyPrice the price of one night
 * @param facts its beds, size, amenities and own hours
 * @param translations its title and description in other languages, as staff gave them
 * @param units how many identical rooms it sells (1 for a single room)
 */
public record ItemSummary(long id, String title, String description, int capacity, Money nightlyPrice, RoomFacts facts,
        Map<Language, ItemWords> translations, int units) implements Serializable {

    public ItemSummary {
        translations = Map.copyOf(translations);
        if (units < 1) {
            throw new IllegalArgumentException("An item sells at least one unit");
        }
    }

    /** A single room. */
    public ItemSummary(long id, String title, String description, int capacity, Money nightlyPrice, RoomFacts facts,
            Map<Language, ItemWords> translations) {
        this(id, title, description, capacity, nightlyPrice, facts, translations, 1);
    }

    /** An item without translations. */
    public ItemSummary(long id, String title, String description, int capacity, Money nightlyPrice, RoomFacts facts) {
        this(id, title, description, capacity, nightlyPrice, facts, Map.of());
    }

    public static ItemSummary of(Item item, Currency currency, Map<Language, ItemWords> translations) {
        return new ItemSummary(item.getId(), item.getTitle(), item.getDescription(), item.getCapacity(),
                item.nightlyPrice(currency), item.facts(), translations, item.getUnits());
    }

    /** The title a reader of this language sees: its translation, else the room's own. */
    public String title(Language language) {
        ItemWords translated = translations.get(language);
        return translated == null ? title : translated.title();
    }

    /** The description a reader of this language sees: its translation, else the room's own. */
    public String description(Language language) {
        ItemWords translated = translations.get(language);
        return translated == null || translated.description().isEmpty() ? description : translated.description();
    }

    /** The same item with the title and description a reader of this language sees, for pages that print them. */
    public ItemSummary in(Language language) {
        return new ItemSummary(id, title(language), description(language), capacity, nightlyPrice, facts, translations, units);
    }
}
