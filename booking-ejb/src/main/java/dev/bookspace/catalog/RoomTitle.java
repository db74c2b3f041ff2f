package dev.bookspace.catalog;

import dev.bookspace.shared.Language;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A room's title as a refusal quotes it: the stored one for the English sentence (its {@link #toString}), and the
 * titles staff gave in other languages, so that a page wording the refusal in its reader's language quotes the room
 * as that reader sees it everywhere else.
 *
 * @param title the room's own title
 * @param given the titles staff gave, by language; a language without one reads the room's own
 */
public record RoomTitle(String title, Map<Language, String> given) implements Serializable {

    public RoomTitle {
        given = Map.copyOf(given);
    }

    /** The room's title with those staff gave it, in one query. */
    public static RoomTitle of(EntityManager entityManager, Item room) {
        Map<Language, ItemWords> words = ItemTranslations.of(entityManager, List.of(room.getId())).getOrDefault(room.getId(), Map.of());
        return new RoomTitle(room.getTitle(), words.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().title())));
    }

    /** The title a reader of this language sees. */
    public String in(Language language) {
        return given.getOrDefault(language, title);
    }

    @Override
    public String toString() {
        return title;
    }
}
