package dev.bookspace.booking;

/**
 * A booking became confirmed: paid by card, or taken as pay-on-arrival. Fired inside the transaction
 * that confirmed it; the e-mails go out only once it commits.
 *
 * @param booking the booking as the guest sees it
 * @param guestEmail where the guest's confirmation goes
 * @param organisationEmail where the organisation's notification goes, or null for none
 */
public record BookingConfirmed(GuestBooking booking, String guestEmail, String organisationEmail) {
}
