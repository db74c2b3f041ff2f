package dev.bookspace.calendarsync;

import dev.bookspace.catalog.Item;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import jakarta.persistence.EntityManager;

/** A room whose calendars the caller manages: staff on the dashboard, or an integration with the API key. */
final class ManagedRooms {

    private ManagedRooms() {
    }

    /** The room, found only in the scope's organisation; anyone else, or another organisation's id, finds nothing. */
    static Item get(EntityManager entityManager, Scope scope, long itemId) {
        Item item = scope.managesRooms() ? entityManager.find(Item.class, itemId) : null;
        if (item == null) {
            throw new NotFoundException("There is no room " + itemId + ".");
        }
        return item;
    }
}
