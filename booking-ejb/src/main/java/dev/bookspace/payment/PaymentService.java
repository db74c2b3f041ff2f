package dev.bookspace.payment;

import dev.bookspace.booking.BookingPayments;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Applies verified Stripe Checkout events to bookings, each event once: its id is recorded in the
 * same transaction as its change, so a replay, or the same event racing itself, changes nothing twice.
 */
@Stateless
@TenantScoped
public class PaymentService {

    /** What an event did. */
    public enum Outcome {
        /** It changed the booking. */
        APPLIED,
        /** It had been applied before. */
        REPLAYED,
        /** It names no booking of ours, or finds the booking already past it. */
        IGNORED
    }

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private BookingPayments bookings;

    public Outcome apply(Scope scope, CheckoutEvent event) {
        // Native SQL is not tenant-filtered: the organisation is named here. ON CONFLICT makes a
        // concurrent twin wait for this transaction and then find the id taken.
        int recorded = entityManager.createNativeQuery(
                        "INSERT INTO stripe_events (organisation_id, event_id, type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, scope.organisationId())
                .setParameter(2, event.eventId())
                .setParameter(3, event.type())
                .executeUpdate();
        if (recorded == 0) {
            return Outcome.REPLAYED;
        }
        boolean changed = switch (event.type()) {
            // A completed page is not yet money: a bank debit completes it unpaid and clears days later.
            case CheckoutEvent.COMPLETED -> event.moneyArrived()
                    ? bookings.markPaid(scope, event.sessionId())
                    : bookings.awaitClearing(scope, event.sessionId());
            case CheckoutEvent.PAYMENT_SUCCEEDED -> event.moneyArrived() && bookings.markPaid(scope, event.sessionId());
            case CheckoutEvent.EXPIRED -> bookings.expire(scope, event.sessionId());
            case CheckoutEvent.PAYMENT_FAILED -> bookings.paymentFailed(scope, event.sessionId());
            default -> false;
        };
        return changed ? Outcome.APPLIED : Outcome.IGNORED;
    }
}
