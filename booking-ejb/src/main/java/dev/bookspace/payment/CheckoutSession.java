package dev.bookspace.payment;

/**
 * A Stripe Checkout session made for a hold.
 *
 * @param id Stripe's id, which its webhooks name
 * @param url the hosted payment page
 */
public record CheckoutSession(String id, String url) {
}
