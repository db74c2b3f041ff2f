package dev.bookspace.payment;

/**
 * A verified Stripe event about a Checkout session.
 *
 * @param eventId Stripe's event id, applied at most once
 * @param type such as {@code checkout.session.completed}
 * @param sessionId the session it is about
 */
public record CheckoutEvent(String eventId, String type, String sessionId) {

    public static final String COMPLETED = "checkout.session.completed";
    public static final String EXPIRED = "checkout.session.expired";
}
