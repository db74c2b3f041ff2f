package dev.bookspace.booking;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Moves card bookings as their payment settles: paid when Stripe says the session completed, expired
 * when it says the session ended unpaid. Only verified webhooks call it.
 */
@Stateless
@TenantScoped
public class BookingPayments {

    private static final Logger LOG = Logger.getLogger(BookingPayments.class.getName());

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Event<BookingConfirmed> confirmations;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @Inject
    private BalanceRequests balanceRequests;

    /**
     * Answers whether the booking changed. A payment for a hold that already expired takes the room back if it is
     * free. A deposit booking made within the organisation's days before arrival is asked for its balance at once;
     * the session of a balance makes its booking paid in full.
     */
    public boolean markPaid(Scope scope, String sessionId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Booking booking = bySession(sessionId);
        if (booking == null) {
            return changed(scope, "booking.balance_paid", byBalanceSession(sessionId),
                    paid -> paid.markBalancePaid(sessionId, now));
        }
        if (changed(scope, "booking.paid", booking, paid -> paid.markPaid(now))) {
            confirm(scope, booking);
            balanceRequests.askIfDue(organisation(scope), booking, now);
            return true;
        }
        return booking.getStatus() == BookingStatus.EXPIRED
                && context.getBusinessObject(BookingPayments.class).reinstate(scope, booking.getId());
    }

    /**
     * The guest completed the Checkout page with a payment that clears later (a bank debit): the hold
     * no longer runs out, and the room stays theirs until Stripe says the payment succeeded or failed.
     */
    public boolean awaitClearing(Scope scope, String sessionId) {
        return changed(scope, "booking.payment_clearing", bySession(sessionId),
                booking -> booking.awaitClearing(OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** A delayed payment failed at the bank: the booking lapses and frees its room. */
    public boolean paymentFailed(Scope scope, String sessionId) {
        return changed(scope, "booking.payment_failed", bySession(sessionId),
                booking -> booking.paymentFailed(OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** Answers whether the booking changed: only an unpaid hold expires. */
    public boolean expire(Scope scope, String sessionId) {
        return changed(scope, "booking.expired", bySession(sessionId), Booking::expire);
    }

    /**
     * In a transaction of its own, because the database may refuse it: another guest may have taken
     * the room since the hold expired. Then the payment stands on an expired booking and the
     * organisation must refund it in Stripe; the log says so.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean reinstate(Scope scope, long bookingId) {
        Booking booking = entityManager.find(Booking.class, bookingId);
        AuditFields before = booking == null ? null : booking.auditFields();
        if (booking == null || !booking.reinstateAsPaid(OffsetDateTime.now(ZoneOffset.UTC))) {
            return false;
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (!ExclusionViolation.causedBy(e)) {
                throw e;
            }
            LOG.severe(() -> "Booking " + booking.getReference() + " was paid after its hold expired and its room "
                    + "was taken meanwhile: refund it in Stripe.");
            context.setRollbackOnly();
            return false;
        }
        // After the flush: a reinstatement the database refused rolls back, and must leave no event.
        audit.record(scope, "booking.reinstated", booking.auditSubject(), before, booking.auditFields());
        confirm(scope, booking);
        return true;
    }

    /** Applies a change that answers whether it changed anything, and records it when it did. */
    private boolean changed(Scope scope, String action, Booking booking, Predicate<Booking> change) {
        if (booking == null) {
            return false;
        }
        AuditFields before = booking.auditFields();
        if (!change.test(booking)) {
            return false;
        }
        audit.record(scope, action, booking.auditSubject(), before, booking.auditFields());
        return true;
    }

    private void confirm(Scope scope, Booking booking) {
        confirmations.fire(BookingService.confirmed(organisation(scope), booking));
    }

    private Organisation organisation(Scope scope) {
        return entityManager.find(Organisation.class, scope.organisationId());
    }

    private Booking byBalanceSession(String sessionId) {
        return entityManager.createNamedQuery("Booking.findByBalanceSession", Booking.class)
                .setParameter("sessionId", sessionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Booking bySession(String sessionId) {
        return entityManager.createNamedQuery("Booking.findByStripeSession", Booking.class)
                .setParameter("sessionId", sessionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
