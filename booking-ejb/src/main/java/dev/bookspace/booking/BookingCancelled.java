package dev.bookspace.booking;

import dev.bookspace.shared.Money;

/**
 * A booking was cancelled, by its guest on their page or by the organisation (staff at the desk, an
 * integration). Fired inside the cancellation's transaction; the e-mails go out only once it commits.
 *
 * @param booking the booking as the guest sees it now, cancelled
 * @param refund what the cancellation refunded (nothing included)
 * @param by who cancelled: the guest is told either way, the organisation only when it was the guest
 * @param guestEmail where the guest's notice of the cancellation goes
 * @param organisationEmail where the organisation's notice goes, or null for none
 */
public record BookingCancelled(GuestBooking booking, Money refund, By by, String guestEmail, String organisationEmail) {

    /** Who cancelled. */
    public enum By {
        GUEST, ORGANISATION
    }
}
