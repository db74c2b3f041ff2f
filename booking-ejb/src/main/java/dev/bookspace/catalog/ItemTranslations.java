package dev.bookspace.catalog;

import dev.bookspace.shared.Language;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The translations of many rooms in one query, by room: for a page of rooms, whichever service lists them. */
public final class ItemTranslations {

    private ItemTranslations() {
    }

    /** By room id, each room's words by language; a room without translations is absent. */
    public static Map<Long, Map<Language, ItemWords>> of(EntityManager entityManager, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Language, ItemWords>> byItem = new HashMap<>();
        entityManager.createNamedQuery("ItemTranslation.ofItems", ItemTranslation.class)
                .setParameter("itemIds", itemIds)
                .getResultStream()
                .forEach(translation -> byItem.computeIfAbsent(translation.getItemId(), id -> new EnumMap<>(Language.class))
                        .put(translation.getLanguage(), translation.words()));
        return byItem.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> Map.copyOf(entry.getValue())));
    }
}
