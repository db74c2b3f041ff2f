package dev.bookspace.booking;

import dev.bookspace.shared.Money;

/**
 * A guest changed their booking's dates or room. Fired inside the change's transaction; the e-mails go out only
 * once it commits.
 *
 * @param booking the booking as the guest sees it now, changed
 * @param previousRoomTitle the room it was for
 * @param previousStay the nights it was for, as "2027-01-04 to 2027-01-06"
 * @param previousTotal its total before
 * @param payNow what the guest was sent to pay by card for the difference; nothing otherwise
 * @param refund what went back to their card; nothing otherwise
 * @param guestEmail where the guest's notice goes
 * @param organisationEmail where the organisation's goes, or null for none
 */
public record BookingChanged(GuestBooking booking, String previousRoomTitle, String previousStay, Money previousTotal,
        Money payNow, Money refund, String guestEmail, String organisationEmail) {
}
