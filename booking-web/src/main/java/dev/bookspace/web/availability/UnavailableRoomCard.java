package dev.bookspace.web.availability;

import dev.bookspace.availability.UnavailableItem;

/**
 * A room the rooms page does not offer for the dates searched, with why, in a guest's words. JavaBean
 * getters for EL's property cache, as {@link RoomCard}.
 */
public final class UnavailableRoomCard {

    private final long id;
    private final String title;
    private final String reasons;

    UnavailableRoomCard(UnavailableItem room) {
        this.id = room.item().id();
        this.title = room.item().title();
        this.reasons = String.join("; ", room.reasons().stream().map(UnavailableItem.Reason::sentence).toList());
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getReasons() {
        return reasons;
    }
}
