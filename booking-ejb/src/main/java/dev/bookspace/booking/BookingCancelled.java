package dev.bookspace.booking;

import dev.bookspace.shared.Money;

/**
 * A guest cancelled their booking on its page. Fired inside the cancellation's transaction; the e-mails go
 * out only once it commits.
 *
 * @param booking the booking as the guest sees it now, cancelled
 * @param refund what the cancellation refunded (nothing included)
 * @param guestEmail where the guest's confirmation of the cancellation goes
 * @param organisationEmail where the organisation's notice goes, or null for none
 */
public record BookingCancelled(GuestBooking booking, Money refund, String guestEmail, String organisationEmail) {
}
