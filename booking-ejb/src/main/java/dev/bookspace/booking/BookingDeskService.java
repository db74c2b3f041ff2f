package dev.bookspace.booking;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.availability.Units;
import dev.bookspace.identity.AccountService;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What staff (and integrations, through the API) do to one booking: mark it paid or complete, cancel it (closing its
 * Stripe payment page, or refunding through Stripe), and correct the guest's details. Each change
 * is written into the booking's history under the staff member's name.
 */
@Stateless
@TenantScoped
public class BookingDeskService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    @Inject
    private Cancellations cancellations;

    @Inject
    private Validator validator;

    private final Clock clock = Clock.systemUTC();

    public BookingDetail detail(Scope scope, String reference) {
        return BookingDetail.of(find(scope, reference), organisation(scope), clock);
    }

    /** The guest paid on arrival or at the desk. */
    public BookingDetail markPaid(Scope scope, String reference) {
        Booking booking = find(scope, reference);
        AuditFields before = booking.auditFields();
        booking.markPaidInPerson(now(), actor(scope));
        return audited(scope, "booking.paid", booking, before);
    }

    /** The guest paid the balance of their deposit booking at the desk: it is paid in full. */
    public BookingDetail markBalancePaid(Scope scope, String reference) {
        Booking booking = find(scope, reference);
        AuditFields before = booking.auditFields();
        booking.markBalancePaidInPerson(now(), actor(scope));
        return audited(scope, "booking.balance_paid", booking, before);
    }

    public BookingDetail complete(Scope scope, String reference) {
        Booking booking = find(scope, reference);
        AuditFields before = booking.auditFields();
        booking.complete(organisation(scope).today(clock), now(), actor(scope));
        return audited(scope, "booking.completed", booking, before);
    }

    /**
     * Staff cancel and free the nights, refunding through Stripe the amount they choose: the booking's policy
     * proposes one ({@link BookingDetail#policyRefund()}), and staff may override it, nothing included.
     */
    public BookingDetail cancel(Scope scope, String reference, Money refund) {
        Booking booking = find(scope, reference);
        AuditFields before = booking.auditFields();
        cancellations.cancel(organisation(scope), booking, refund, now(), actor(scope), BookingCancelled.By.ORGANISATION);
        return audited(scope, "booking.cancelled", booking, before);
    }

    /** Cancels as the booking's own copy of the cancellation policy says, refunding its share of a card payment. */
    public BookingDetail cancelByPolicy(Scope scope, String reference) {
        Booking booking = find(scope, reference);
        AuditFields before = booking.auditFields();
        Organisation organisation = organisation(scope);
        cancellations.cancel(organisation, booking, booking.policyRefund(organisation.today(clock)), now(), actor(scope),
                BookingCancelled.By.ORGANISATION);
        return audited(scope, "booking.cancelled", booking, before);
    }

    /** Refunds part or all of what is left of a card payment, for instance after a cancellation. */
    public BookingDetail refund(Scope scope, String reference, Money amount) {
        Booking booking = find(scope, reference);
        AuditFields before = booking.auditFields();
        cancellations.refund(organisation(scope), booking, amount, now(), actor(scope));
        return audited(scope, "booking.refunded", booking, before);
    }

    /** Corrects the guest's name, contact details and notes, validated as the booking page validates them. */
    public BookingDetail changeGuest(Scope scope, String reference, GuestDetails guest) {
        Booking booking = find(scope, reference);
        guest.setTermsAccepted(true);
        List<InvalidRequestException.FieldProblem> problems = Constraints.problems(validator, guest, "",
                GuestDetails.rulesFor(organisation(scope)));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        AuditFields before = booking.auditFields();
        booking.changeGuest(guest, now(), actor(scope));
        return audited(scope, "booking.guest_changed", booking, before);
    }

    /**
     * Staff move the stay in room {@code itemId} of the booking to another of the room's identical units, free for every
     * night of the stay; refused on the {@code unit} field when it is not one of the room's units or is taken. The room
     * is locked as a booking locks it while choosing a unit ({@link Units}); the exclusion constraint stays the guarantee.
     */
    public BookingDetail moveToUnit(Scope scope, String reference, long itemId, int unit) {
        Booking booking = find(scope, reference);
        BookingItem stay = stayIn(booking, itemId);
        String room = stay.getItem().getTitle();
        if (unit < 1 || unit > stay.getItem().getUnits()) {
            throw new InvalidRequestException("unit", room + " has rooms 1 to " + stay.getItem().getUnits() + "; choose one of them.")
                    .worded("desk.noSuchUnit", room, stay.getItem().getUnits());
        }
        if (unit == stay.getUnit()) {
            return detail(scope, booking);
        }
        Units.lock(entityManager, scope.organisationId(), itemId);
        if (!Units.free(entityManager, scope.organisationId(), itemId, stay.getStay(), stay.getId()).contains(unit)) {
            throw new InvalidRequestException("unit", "Room " + unit + " of " + room
                    + " is taken for some of those nights; choose another, or move that stay first.")
                    .worded("desk.unitTaken", unit, room);
        }
        AuditFields before = booking.auditFields().put("unit", String.valueOf(stay.getUnit()));
        booking.moveToUnit(stay, unit, now(), actor(scope));
        audit.record(scope, "booking.unit_moved", booking.auditSubject(), before,
                booking.auditFields().put("unit", String.valueOf(unit)));
        return detail(scope, booking);
    }

    /**
     * The units of room {@code itemId} that the booking's stay in it may take, lowest first: those free for every night
     * of the stay, the one it takes included; staff choose among them where {@link #moveToUnit} moves it.
     */
    public List<Integer> freeUnits(Scope scope, String reference, long itemId) {
        BookingItem stay = stayIn(find(scope, reference), itemId);
        return Units.free(entityManager, scope.organisationId(), itemId, stay.getStay(), stay.getId());
    }

    private static BookingItem stayIn(Booking booking, long itemId) {
        return booking.getItems().stream().filter(item -> item.getItem().getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("Booking " + booking.getReference() + " has no such room."));
    }

    /** Records the change in the audit log, in this transaction, and answers the booking as it is now. */
    private BookingDetail audited(Scope scope, String action, Booking booking, AuditFields before) {
        audit.record(scope, action, booking.auditSubject(), before, booking.auditFields());
        return detail(scope, booking);
    }

    private BookingDetail detail(Scope scope, Booking booking) {
        entityManager.flush();
        return BookingDetail.of(booking, organisation(scope), clock);
    }

    private Booking find(Scope scope, String reference) {
        // Bookspace itself reads bookings too: the webhook job sends them to integrators.
        if (!(scope.isStaff() || scope.has(Role.INTEGRATION) || scope.has(Role.SYSTEM))
                || reference == null || !BookingReference.couldBe(reference.strip())) {
            throw new NotFoundException("There is no such booking.");
        }
        return entityManager.createNamedQuery("Booking.findByReference", Booking.class)
                .setParameter("reference", reference.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no booking " + reference.strip() + "."));
    }

    private Organisation organisation(Scope scope) {
        return entityManager.find(Organisation.class, scope.organisationId());
    }

    private String actor(Scope scope) {
        return accounts.actorName(scope);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
