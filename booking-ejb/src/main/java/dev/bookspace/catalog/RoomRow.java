package dev.bookspace.catalog;

import dev.bookspace.shared.Money;
import java.io.Serializable;

/**
 * A room in the dashboard's list.
 *
 * @param id the item
 * @param title its title
 * @param nightlyPrice a night
 * @param capacity the most guests
 * @param active whether guests can book it
 */
public record RoomRow(long id, String title, Money nightlyPrice, int capacity, boolean active) implements Serializable {
}
