package dev.bookspace.booking;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.StayPeriod;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A guest's request to book one or several rooms for the same stay: a family taking two rooms books them
 * together, all or nothing, and pays once.
 *
 * @param rooms the rooms, each with its guests and add-ons; at least one, each room at most once
 * @param stay the nights, the same for every room
 * @param guest who books
 * @param language the language the guest reads, in which their e-mails are written; null when the request does not
 *        say (staff at the desk, an integration that sends none), and the guest then reads the organisation's default
 */
public record BookingRequest(List<Room> rooms, StayPeriod stay, GuestDetails guest, Language language) {

    /**
     * One room of the request.
     *
     * @param itemId the item
     * @param guests how many people stay in it
     * @param addOns the add-ons chosen with it, each with its quantity
     */
    public record Room(long itemId, int guests, List<AddOnChoice> addOns) {

        public Room {
            addOns = List.copyOf(addOns);
        }
    }

    public BookingRequest {
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(guest, "guest");
        rooms = List.copyOf(rooms);
        if (rooms.isEmpty()) {
            throw new InvalidRequestException("items", "Choose at least one room.").worded("booking.no-rooms");
        }
        Set<Long> seen = new HashSet<>();
        if (!rooms.stream().allMatch(room -> seen.add(room.itemId()))) {
            throw new InvalidRequestException("items", "Each room can be chosen once in a booking.").worded("booking.room-twice");
        }
    }

    /** A request for one room. */
    public BookingRequest(long itemId, StayPeriod stay, int guests, List<AddOnChoice> addOns, GuestDetails guest,
            Language language) {
        this(List.of(new Room(itemId, guests, addOns)), stay, guest, language);
    }

    /**
     * A request that names no language, as staff's bookings at the desk: the guest reads the organisation's default
     * language, which is the one its staff and its guests most likely share.
     */
    public BookingRequest(long itemId, StayPeriod stay, int guests, List<AddOnChoice> addOns, GuestDetails guest) {
        this(itemId, stay, guests, addOns, guest, null);
    }

    /** The language the guest reads: the one asked for, else the organisation's default. */
    public Language languageOr(Language organisationDefault) {
        return language == null ? organisationDefault : language;
    }

    /** How many people stay, in all the rooms. */
    public int guests() {
        return rooms.stream().mapToInt(Room::guests).sum();
    }
}
