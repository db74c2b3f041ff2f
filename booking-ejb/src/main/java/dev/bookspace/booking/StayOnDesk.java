package dev.bookspace.booking;

import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;

/**
 * A stay as the front desk sees it on the day.
 *
 * @param reference the booking
 * @param guestName who stays
 * @param guests how many
 * @param roomTitle where
 * @param stay the nights
 * @param status where the booking stands
 */
public record StayOnDesk(String reference, String guestName, int guests, String roomTitle, StayPeriod stay,
        BookingStatus status) implements Serializable {
}
