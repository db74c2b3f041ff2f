package dev.bookspace.booking;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What staff narrow the bookings list to; every part is optional.
 *
 * @param status one status, or null for all
 * @param search part of the reference, the guest's name or e-mail address, or null
 * @param staysFrom stays that end after this day, or null
 * @param staysUntil stays that begin before this day, or null
 * @param roomId stays in this room, or null for every room
 */
public record BookingFilter(BookingStatus status, String search, LocalDate staysFrom, LocalDate staysUntil, Long roomId)
        implements Serializable {

    public BookingFilter {
        // Names, addresses and references hold no control characters, and PostgreSQL refuses a NUL in text.
        search = search == null ? null : search.replaceAll("\\p{Cntrl}", "");
    }

    public static BookingFilter everything() {
        return new BookingFilter(null, null, null, null, null);
    }
}
