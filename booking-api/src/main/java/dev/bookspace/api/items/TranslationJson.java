package dev.bookspace.api.items;

import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.shared.Language;
import java.util.Map;
import java.util.TreeMap;

/**
 * A room's title and description in one language, as staff or an integration gave them.
 *
 * @param title the title guests reading that language see
 * @param description their description; empty leaves the room's own in place
 */
public record TranslationJson(String title, String description) {

    /** An item's translations by language code, in the codes' order. */
    static Map<String, TranslationJson> of(ItemSummary item) {
        Map<String, TranslationJson> byCode = new TreeMap<>();
        item.translations().forEach((language, words) -> byCode.put(language.code(),
                new TranslationJson(words.title(), words.description())));
        return byCode;
    }

    static TranslationJson of(ItemSummary item, Language language) {
        return of(item).get(language.code());
    }
}
