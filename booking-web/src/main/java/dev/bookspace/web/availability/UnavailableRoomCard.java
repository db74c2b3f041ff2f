package dev.bookspace.web.availability;

import dev.bookspace.availability.UnavailableItem;
import dev.bookspace.web.shared.PageWords;

/**
 * A room the rooms page does not offer for the dates searched, with why, in a guest's words and language. JavaBean
 * getters for EL's property cache, as {@link RoomCard}.
 */
public final class UnavailableRoomCard {

    private final long id;
    private final String title;
    private final String reasons;

    /** @param guests as the search names them, or null for any number */
    UnavailableRoomCard(UnavailableItem room, Integer guests, PageWords words) {
        this.id = room.item().id();
        this.title = room.item().title();
        this.reasons = String.join("; ", room.reasons().stream().map(reason -> switch (reason.code()) {
            case UnavailableItem.BOOKED -> words.get("rooms.reason.booked");
            case UnavailableItem.CLOSED -> words.get("rooms.reason.closed");
            case UnavailableItem.CAPACITY -> words.format("rooms.reason.capacity", room.item().capacity(), guests);
            default -> StayRuleWords.sentence(reason, words);
        }).toList());
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
