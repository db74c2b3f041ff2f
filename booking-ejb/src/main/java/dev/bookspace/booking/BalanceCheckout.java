package dev.bookspace.booking;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.payment.CheckoutRequest;
import dev.bookspace.payment.CheckoutSession;
import dev.bookspace.payment.StripeGateway;
import dev.bookspace.shared.PublicUrls;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A Stripe Checkout page for what is still due on a card booking: the balance of a deposit, or the difference of a
 * change that made the stay dearer. Stripe's webhook for its session then marks the booking paid in full. Runs in
 * the caller's transaction.
 */
@Dependent
public class BalanceCheckout {

    /** Under Stripe's limit of 24 hours for a Checkout session. */
    private static final Duration PAGE_OPEN = Duration.ofHours(23);

    @Inject
    private StripeGateway stripe;

    @Inject
    private PublicUrls urls;

    private final Clock clock = Clock.systemUTC();

    /**
     * Makes a new page for the booking's balance, with an idempotency key of its number ({@code H-7KQ2M9-balance-2}),
     * and answers its address; the guest comes back to their booking page.
     *
     * @param what what the guest pays, as Stripe's page names it ("Balance: Sea Room, 2 nights from 2027-07-03")
     */
    String open(Organisation organisation, Booking booking, String what) {
        String pagePath = GuestBooking.pagePath(organisation, booking);
        CheckoutSession session = stripe.createCheckoutSession(organisation.stripeSecretKey(), new CheckoutRequest(
                booking.getReference(), what, booking.balanceDue(), booking.getGuestEmail(), urls.of(pagePath),
                urls.of(pagePath), OffsetDateTime.now(clock).plus(PAGE_OPEN)),
                booking.getReference() + "-balance-" + booking.nextBalanceSession());
        booking.attachBalanceSession(session.id());
        return session.url();
    }

    /**
     * Closes the booking's balance page if one is open, so that it cannot be paid: its amount no longer stands. A page
     * that has already ended is left as it is: Stripe refuses to close it, and nothing can be paid on it.
     */
    void close(Organisation organisation, Booking booking) {
        if (booking.getBalanceSessionId() == null || !organisation.takesCardPayments()) {
            return;
        }
        if (stripe.sessionState(organisation.stripeSecretKey(), booking.getBalanceSessionId()).open()) {
            stripe.expireCheckoutSession(organisation.stripeSecretKey(), booking.getBalanceSessionId());
        }
    }

    /** Whether the booking's last balance page was paid and Stripe's word of it has not arrived yet. */
    boolean beingConfirmed(Organisation organisation, Booking booking) {
        return booking.getBalanceSessionId() != null && booking.balanceDue().minor() > 0 && organisation.takesCardPayments()
                && "complete".equals(stripe.sessionState(organisation.stripeSecretKey(), booking.getBalanceSessionId()).status());
    }
}
