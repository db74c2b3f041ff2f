package dev.bookspace.booking;

import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Who occupies which room over some weeks, for the dashboard's calendar.
 *
 * @param from the first day shown
 * @param until the day after the last day shown
 * @param rooms every room, bookable ones first, one lane for each of its units
 * @param stays the stays that occupy a room on any of those days
 * @param closures the closed dates that do
 */
public record OccupancyCalendar(LocalDate from, LocalDate until, List<Room> rooms, List<Stay> stays, List<Closure> closures)
        implements Serializable {

    /**
     * @param units how many identical rooms it sells: its lanes, numbered from 1
     * @param unitNames what staff call each of them, unit 1 first ("101"; its number where unnamed)
     */
    public record Room(long id, String title, boolean active, int units, List<String> unitNames) implements Serializable {
    }

    /**
     * @param words where the booking stands, in the words people read, whose kind colours its bar
     * @param unit which of the room's units it takes
     */
    public record Stay(long roomId, String reference, String guestName, StayPeriod stay, StatusWords words, int unit)
            implements Serializable {
    }

    /**
     * A room closed for some nights.
     *
     * @param blockId the closed dates' id
     * @param reason why, as staff wrote it
     * @param unit which of the room's units is closed
     */
    public record Closure(long roomId, long blockId, String reason, StayPeriod dates, int unit) implements Serializable {
    }
}
