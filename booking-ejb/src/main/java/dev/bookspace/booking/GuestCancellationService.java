package dev.bookspace.booking;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A guest cancels their own booking from its page (the token of its address proves it is theirs), under the
 * copy of the cancellation policy the booking kept when it was made. The card refund goes through Stripe in
 * the same transaction; the guest and the organisation are mailed once it commits, and integrators get
 * {@code booking.cancelled} from the booking's history, as for any cancellation.
 */
@Stateless
@TenantScoped
public class GuestCancellationService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Cancellations cancellations;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * The guest's booking (the token of its page's address proves it is theirs), locked for the change they ask for;
     * another booking, or a wrong token, is not found.
     */
    static Booking lockedForGuest(EntityManager entityManager, String reference, String token) {
        return entityManager.createNamedQuery("Booking.findByReference", Booking.class)
                .setParameter("reference", reference == null ? "" : reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(found -> found.opensWith(token))
                .orElseThrow(() -> new NotFoundException("There is no such booking."));
    }

    /**
     * Cancels, refunding what the page showed the guest. Should the refund have changed since (the page was
     * left open past midnight, into the next step of the policy), nothing is cancelled and the guest is told
     * the new amount to confirm.
     *
     * @param refundShown the refund the guest saw and confirmed
     */
    public GuestBooking cancel(Scope scope, String reference, String token, Money refundShown) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        // Locked, so that a second click (or a second tab) waits for the first and then finds the booking cancelled,
        // rather than recording the refund twice.
        Booking booking = lockedForGuest(entityManager, reference, token);
        LocalDate today = organisation.today(clock);
        if (!booking.guestMayCancel(today)) {
            throw new IllegalBookingChangeException("This booking cannot be cancelled here; please contact "
                    + organisation.getName() + ".", "guestNotCancellable", organisation.getName());
        }
        Money refund = booking.policyRefund(today);
        if (!refund.equals(refundShown)) {
            throw new IllegalBookingChangeException("The refund is now " + refund.formatted() + ", not " + refundShown.formatted()
                    + ", by your booking's cancellation policy. Please confirm again.", "refundChanged", refund, refundShown);
        }
        AuditFields before = booking.auditFields();
        cancellations.cancel(organisation, booking, refund, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                booking.getGuestName(), BookingCancelled.By.GUEST);
        audit.record(scope, "booking.cancelled", booking.auditSubject(), before, booking.auditFields());
        return GuestBooking.of(organisation, booking);
    }
}
