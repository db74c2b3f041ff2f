package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import java.util.List;

/**
 * A booking's dates or room changed, by its guest on their page or by the organisation (staff at the desk, an
 * integration). Fired inside the change's transaction; the e-mails go out only once it commits.
 *
 * @param booking the booking as the guest sees it now, changed
 * @param previousRoomIds the rooms it was for
 * @param previousRoomTitles those rooms' own titles (the guest's mail says those staff gave in their language, if any)
 * @param previousStay the nights it was for, as "2027-01-04 to 2027-01-06"
 * @param previousTotal its total before
 * @param payNow what the guest was sent to pay by card for the difference; nothing otherwise
 * @param refund what went back to their card; nothing otherwise
 * @param by who changed it: the guest is told either way, the organisation only when it was the guest
 * @param guestEmail where the guest's notice goes
 * @param organisationEmail where the organisation's goes, or null for none
 */
public record BookingChanged(GuestBooking booking, List<Long> previousRoomIds, List<String> previousRoomTitles, String previousStay,
        Money previousTotal, Money payNow, Money refund, By by, String guestEmail, String organisationEmail) {

    /** Who changed the booking. */
    public enum By {
        GUEST, ORGANISATION
    }
}
