package dev.bookspace.booking;

/**
 * A deposit booking's balance fell due: its guest is mailed the link that pays it. Fired inside the transaction
 * that marks the booking as asked, so the mail is queued once, with that mark, or not at all.
 *
 * @param booking the booking as the guest sees it, with its balance and the day it is due
 * @param guestEmail where the link goes
 */
public record BalanceRequested(GuestBooking booking, String guestEmail) {
}
