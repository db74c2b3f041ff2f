package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A booking in the dashboard's list and its CSV export.
 *
 * @param reference the booking
 * @param guestName who booked
 * @param guestEmail their address
 * @param roomTitle the room
 * @param stay the nights
 * @param status where it stands, as a code (the API's and the filter's)
 * @param total what it costs
 * @param createdAt when it was made
 * @param words where it stands, in the words people read
 */
public record BookingRow(String reference, String guestName, String guestEmail, String roomTitle, StayPeriod stay,
        BookingStatus status, Money total, OffsetDateTime createdAt, StatusWords words) implements Serializable {
}
