package dev.bookspace.catalog;

import java.io.Serializable;
import java.util.Objects;

/**
 * A room's title and description in one language.
 *
 * @param title what guests see first
 * @param description a short description; empty leaves the room's own in place
 */
public record ItemWords(String title, String description) implements Serializable {

    public ItemWords {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
    }
}
