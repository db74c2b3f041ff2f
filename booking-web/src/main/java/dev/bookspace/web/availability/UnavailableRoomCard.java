package dev.bookspace.web.availability;

import dev.bookspace.availability.UnavailableItem;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.web.shared.GuestDates;
import dev.bookspace.web.shared.PageWords;
import java.util.function.Function;

/**
 * A room the rooms page does not offer for the dates searched, with why, in a guest's words and language. JavaBean
 * getters for EL's property cache, as {@link RoomCard}.
 */
public final class UnavailableRoomCard {

    private final long id;
    private final String title;
    private final String reasons;
    private final String nearestFreeLink;
    private final String nearestFreeLabel;

    /**
     * @param guests as the search names them, or null for any number
     * @param roomLink the room's booking page for a stay
     */
    UnavailableRoomCard(UnavailableItem room, Integer guests, PageWords words, GuestDates dates,
            Function<StayPeriod, String> roomLink) {
        this.nearestFreeLink = room.nearestFree().map(roomLink).orElse(null);
        this.nearestFreeLabel = room.nearestFree().map(stay -> words.format("rooms.nearest-free",
                dates.format(stay.checkIn()), dates.format(stay.checkout()))).orElse(null);
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

    /** The room's booking page for its nearest free stay of as many nights, when it is booked for these; else null. */
    public String getNearestFreeLink() {
        return nearestFreeLink;
    }

    public String getNearestFreeLabel() {
        return nearestFreeLabel;
    }
}
