package dev.bookspace.payment;

/**
 * A verified Stripe event about a Checkout session.
 *
 * @param eventId Stripe's event id, applied at most once
 * @param type such as {@code checkout.session.completed}
 * @param sessionId the session it is about
 * @param paymentStatus the session's {@code payment_status}: {@code paid}, {@code unpaid} (a bank debit
 *        still clearing when the guest completes the page) or {@code no_payment_required}
 */
public record CheckoutEvent(String eventId, String type, String sessionId, String paymentStatus) {

    public static final String COMPLETED = "checkout.session.completed";
    public static final String EXPIRED = "checkout.session.expired";
    /** A delayed payment (SEPA debit, say) that completed its page unpaid has cleared. */
    public static final String PAYMENT_SUCCEEDED = "checkout.session.async_payment_succeeded";
    /** A delayed payment has failed at the bank. */
    public static final String PAYMENT_FAILED = "checkout.session.async_payment_failed";

    /** Whether the money has arrived, as Stripe says; only then is a booking paid. */
    public boolean moneyArrived() {
        return "paid".equals(paymentStatus) || "no_payment_required".equals(paymentStatus);
    }
}
