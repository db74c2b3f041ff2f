package dev.bookspace.booking;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.payment.StripeGateway;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;

/**
 * Cancelling and refunding, the same whoever does it: staff at the desk, an integration, the guest on their
 * page. Runs in the caller's transaction, so a refund Stripe refuses leaves the booking as it was.
 */
@Dependent
public class Cancellations {

    @Inject
    private StripeGateway stripe;

    @Inject
    private Event<BookingCancelled> cancelled;

    @Inject
    private BalanceCheckout balanceCheckout;

    /**
     * Cancels and frees the nights; a refund other than nothing goes back through Stripe in the same step. An
     * unpaid card hold's Checkout page is closed first, so it cannot be paid after the cancellation. The guest
     * is mailed whoever cancelled, with what was refunded; the organisation when the guest did.
     */
    void cancel(Organisation organisation, Booking booking, Money refund, OffsetDateTime now, String actor,
            BookingCancelled.By by) {
        boolean openCheckout = booking.getStatus() == BookingStatus.UNPAID && booking.getStripeSessionId() != null;
        booking.cancel(now, actor);
        if (openCheckout && organisation.takesCardPayments()) {
            stripe.expireCheckoutSession(organisation.stripeSecretKey(), booking.getStripeSessionId());
        }
        // A cancelled booking's balance page, if one is open, must not take money.
        balanceCheckout.close(organisation, booking);
        if (refund != null && refund.minor() != 0) {
            refund(organisation, booking, refund, now, actor);
        }
        cancelled.fire(new BookingCancelled(GuestBooking.of(organisation, booking), 
                refund == null ? Money.of(0, booking.total().currencyCode()) : refund,
                by, booking.getGuestEmail(), organisation.getNotificationEmail()));
    }

    /**
     * Refunds part or all of what is left of a card payment. Stripe gets an idempotency key of the booking's
     * reference and the refund's number ({@code H-7KQ2M9-refund-1}), so a retry after a lost answer refunds once.
     */
    void refund(Organisation organisation, Booking booking, Money amount, OffsetDateTime now, String actor) {
        if (booking.getStripeSessionId() == null || !organisation.takesCardPayments()) {
            throw new IllegalBookingChangeException("Only a card payment is refunded here; give back money taken in "
                    + "person the way it was taken.", "refundCardOnly");
        }
        if (!amount.currencyCode().equals(booking.total().currencyCode())) {
            throw new IllegalBookingChangeException("A refund is in the booking's currency, " + booking.total().currencyCode() + ".",
                    "refundCurrency", booking.total().currencyCode());
        }
        // Checked before Stripe is asked, and again by the booking when it records the refund. At most what was paid
        // by card: a deposit booking has paid its deposit, not its total, and money taken at the desk goes back there.
        long byCard = booking.cardRefundableMinor();
        if (amount.minor() <= 0 || amount.minor() > byCard) {
            Money most = Money.of(byCard, amount.currencyCode());
            boolean partly = byCard < booking.refundableMinor();
            throw new InvalidRequestException("refund", "Refund more than nothing and at most " + most.formatted()
                    + (partly ? ", what was paid by card." : ".")).worded(partly ? "refundAtMostByCard" : "refundAtMost", most);
        }
        // A deposit and its balance are two Stripe payments: each part goes back to its own, the balance first.
        for (Booking.CardRefund part : booking.cardRefunds(amount.minor())) {
            long refundsSoFar = booking.getPayments().stream().filter(BookingPayment::isRefund).count();
            String refundId = stripe.refund(organisation.stripeSecretKey(), part.sessionId(),
                    Money.of(part.amountMinor(), amount.currencyCode()), booking.getReference() + "-refund-" + (refundsSoFar + 1));
            booking.refund(part.amountMinor(), refundId, now, actor);
        }
    }
}
