package dev.bookspace.booking;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.availability.Units;
import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.pricing.PricedStay;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.pricing.QuoteService;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.Plural;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A guest changes their own booking's dates or room from its page (the token of its address proves it is theirs),
 * while its copy of the cancellation policy would still refund it in full: a change then costs the organisation no
 * more than a free cancellation and a new booking would. The new stay is priced by the one {@code Pricing} with the
 * guest's add-ons and the stay rules, and the booking's row moves under the exclusion constraint in one transaction:
 * taken nights leave the booking as it was. A dearer stay's difference is paid through Stripe Checkout, as a
 * deposit's balance is; a cheaper one's is refunded to the card with an idempotency key.
 */
@Stateless
@TenantScoped
public class GuestChangeService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private QuoteService quotes;

    @EJB
    private HoldExpiryService holdExpiry;

    @EJB
    private AuditTrail audit;

    @Inject
    private Cancellations cancellations;

    @Inject
    private BalanceCheckout balanceCheckout;

    @Inject
    private Event<BookingChanged> changes;

    private final Clock clock = Clock.systemUTC();

    /**
     * What the change would cost or give back, for the guest to confirm; nothing changes.
     *
     * @throws IllegalBookingChangeException when the booking cannot be changed here (any more)
     */
    public StayChange quote(Scope scope, String reference, String token, long roomId, StayPeriod stay) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        Booking booking = GuestCancellationService.lockedForGuest(entityManager, reference, token);
        requireChangeable(organisation, booking);
        PricedStay price = price(scope, booking, roomId, stay);
        return priced(booking, entityManager.find(Item.class, roomId), stay, price);
    }

    /**
     * Changes the stay at the total the guest was shown. Should the price have changed since, nothing changes and the
     * guest is told the new total to confirm.
     *
     * @param totalShown the new total the guest saw and confirmed
     * @return the booking as it now stands, with the address of Stripe's page for the difference when there is one
     * @throws BookingConflictException when the room is taken for some of those nights; nothing is changed
     */
    public ChangedBooking change(Scope scope, String reference, String token, long roomId, StayPeriod stay, Money totalShown) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        // Locked, so that a second click waits for the first and then prices the change against the changed booking.
        Booking booking = GuestCancellationService.lockedForGuest(entityManager, reference, token);
        requireChangeable(organisation, booking);
        PricedStay price = price(scope, booking, roomId, stay);
        Item room = entityManager.find(Item.class, roomId);
        StayChange change = priced(booking, room, stay, price);
        if (!change.total().equals(totalShown)) {
            throw new IllegalBookingChangeException("The new total is now " + change.total().formatted() + ", not "
                    + totalShown.formatted() + ". Please confirm again.", "totalChanged", change.total(), totalShown);
        }
        AuditFields before = booking.auditFields();
        BookingItem booked = booking.getItems().get(0);
        String previousRoom = booked.getItem().getTitle();
        String previousStay = booked.getStay().checkIn() + " to " + booked.getStay().checkout();
        Money previousTotal = booking.total();
        OffsetDateTime now = now();
        holdExpiry.expireStaleHolds(scope, roomId, now);
        // The unit is chosen before the move, which a query's flush could otherwise send to the database on the old unit.
        int unit = Units.lowestFree(entityManager, scope.organisationId(), roomId, stay, booked.getId());
        booking.changeStay(room, stay, price, now, booking.getGuestName());
        booked.occupyUnit(unit);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ExclusionViolation.causedBy(e)) {
                throw new BookingConflictException(room.getTitle() + " is already booked for some of those nights; "
                        + "your booking is unchanged.", e);
            }
            throw e;
        }
        // Stripe is asked only once the database has taken the new nights; a refusal from Stripe rolls the change back.
        if (change.refund().minor() > 0) {
            cancellations.refund(organisation, booking, change.refund(), now, booking.getGuestName());
            booking.noteChangeRefunded(change.refund().minor());
        }
        String payAt = null;
        balanceCheckout.close(organisation, booking);
        if (change.payNow().minor() > 0) {
            payAt = balanceCheckout.open(organisation, booking, "Change: " + room.getTitle() + ", "
                    + Plural.of(stay.nights(), "night") + " from " + stay.checkIn());
        }
        audit.record(scope, "booking.changed", booking.auditSubject(), before, booking.auditFields());
        GuestBooking changed = GuestBooking.of(organisation, booking);
        changes.fire(new BookingChanged(changed, previousRoom, previousStay, previousTotal, change.payNow(), change.refund(),
                booking.getGuestEmail(), organisation.getNotificationEmail()));
        return new ChangedBooking(changed, payAt);
    }

    /**
     * The booking after a change, and where the guest pays its difference.
     *
     * @param booking as it now stands
     * @param checkoutUrl Stripe's page for the difference, or null when nothing is to pay now
     */
    public record ChangedBooking(GuestBooking booking, String checkoutUrl) {
    }

    private void requireChangeable(Organisation organisation, Booking booking) {
        if (!booking.guestMayChange(organisation.today(clock))) {
            throw new IllegalBookingChangeException("This booking can no longer be changed here; please contact "
                    + organisation.getName() + ".", "guestNotChangeable", organisation.getName());
        }
        if (balanceCheckout.beingConfirmed(organisation, booking)) {
            throw new IllegalBookingChangeException("Your last payment is being confirmed; you can change your booking "
                    + "once this page shows it.", "paymentConfirming");
        }
    }

    /** The new stay with the booking's guests and add-ons, priced and checked as a new booking is (stay rules included). */
    private PricedStay price(Scope scope, Booking booking, long roomId, StayPeriod stay) {
        List<AddOnChoice> addOns = booking.getAddOns().stream()
                .map(addOn -> new AddOnChoice(addOn.getAddOn().getId(), addOn.getQuantity()))
                .toList();
        return quotes.quote(scope, new QuoteRequest(roomId, stay, booking.getGuests(), addOns));
    }

    /**
     * What the difference means: a card booking paid in full pays a dearer stay's difference now; one whose deposit's
     * balance is still to come owes it with that balance; a booking paid on arrival owes it on arrival. Whatever was
     * paid by card beyond the new total goes back to the card.
     */
    private static StayChange priced(Booking booking, Item room, StayPeriod stay, PricedStay price) {
        Money total = price.quote().total();
        String currency = total.currencyCode();
        long paid = booking.paidTowardsTotalMinor();
        boolean byCard = booking.getPaymentMethod() == PaymentMethod.STRIPE;
        boolean balanceToCome = booking.deposit().isPresent() && booking.balanceDue().minor() > 0;
        long payNow = byCard && !balanceToCome ? Math.max(total.minor() - paid, 0) : 0;
        long refund = byCard ? Math.min(Math.max(paid - total.minor(), 0), booking.cardRefundableMinor()) : 0;
        return new StayChange(room.getId(), room.getTitle(), stay, price.quote().lines(), total,
                Money.of(total.minor() - booking.total().minor(), currency), Money.of(payNow, currency), Money.of(refund, currency));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
