package dev.bookspace.booking;

/**
 * What a guest gets back from booking.
 *
 * @param reference the booking's reference
 * @param status {@code unpaid}: a hold awaiting card payment, or a pay-on-arrival booking
 * @param paymentMethod by card or on arrival
 * @param checkoutUrl where to pay, for card bookings; null otherwise
 * @param pagePath the guest's own booking page
 * @param detail the booking as staff and the API see it, read in the booking's own transaction
 */
public record BookingConfirmation(String reference, BookingStatus status, PaymentMethod paymentMethod,
        String checkoutUrl, String pagePath, BookingDetail detail) {
}
