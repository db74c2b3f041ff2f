package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import java.time.OffsetDateTime;

/**
 * A booking as its guest and the API see it right after it is made.
 *
 * @param id the booking id
 * @param reference the reference a guest quotes
 * @param status where it stands
 * @param holdExpiresAt when an unpaid hold frees its item, or null
 * @param total what the guest pays
 */
public record BookingSummary(long id, String reference, BookingStatus status, OffsetDateTime holdExpiresAt, Money total) {

    static BookingSummary of(Booking booking) {
        return new BookingSummary(booking.getId(), booking.getReference(), booking.getStatus(),
                booking.getHoldExpiresAt(), booking.total());
    }
}
