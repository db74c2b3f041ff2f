package dev.bookspace.payment;

/**
 * A Stripe Checkout session made for a hold, or for a deposit booking's balance.
 *
 * @param id Stripe's id, which its webhooks name
 * @param url the hosted payment page
 */
public record CheckoutSession(String id, String url) {

    /**
     * @param status {@code open} (it can be paid), {@code complete} (it was) or {@code expired}
     * @param session the session, with its page while it is open
     */
    public record State(String status, CheckoutSession session) {

        public boolean open() {
            return "open".equals(status);
        }
    }
}
