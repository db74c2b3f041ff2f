package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A booking in the dashboard's list, its CSV export and the API's list: one row however many rooms it holds.
 *
 * @param reference the booking
 * @param guestName who booked
 * @param guestEmail their address
 * @param rooms every room it holds, in the order of its booking items
 * @param stay the nights, which all its rooms share
 * @param status where it stands, as a code (the API's and the filter's)
 * @param total what it costs
 * @param createdAt when it was made
 * @param words where it stands, in the words people read
 */
public record BookingRow(String reference, String guestName, String guestEmail, List<Room> rooms, StayPeriod stay,
        BookingStatus status, Money total, OffsetDateTime createdAt, StatusWords words) implements Serializable {

    /**
     * A room of the booking.
     *
     * @param price what its nights cost (less any discount), as the booking's items say
     * @param unit which of the room's identical units the stay takes, from 1
     * @param unitName what staff call that unit ("101"; its number where unnamed)
     * @param units how many units the room has
     */
    public record Room(long itemId, String title, int guests, Money price, int unit, String unitName, int units)
            implements Serializable {

        /** "Standard Double · 101" for a unit of a room type; a single room by its title alone. */
        public String named() {
            return units > 1 ? title + " · " + unitName : title;
        }
    }

    /** The rooms, each with its unit, in one cell of a spreadsheet; a semicolon, since a title may hold a comma. */
    public String roomTitles() {
        return rooms.stream().map(Room::named).collect(Collectors.joining("; "));
    }
}
