package dev.bookspace.booking;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.availability.Units;
import dev.bookspace.availability.StayRuleBreach;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.availability.StayRuleService;
import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.catalog.Item;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.pricing.PricedStay;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.pricing.QuoteService;
import dev.bookspace.identity.AccountService;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.Plural;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    @EJB
    private StayRuleService stayRules;

    @EJB
    private AccountService accounts;

    @EJB
    private AvailabilityService availability;

    @EJB
    private CatalogService catalog;

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
        Previous previous = Previous.of(booking);
        OffsetDateTime now = now();
        move(scope, booking, room, stay, price, now, booking.getGuestName(), "your booking is unchanged.");
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
        return new ChangedBooking(tell(organisation, booking, previous, change, BookingChanged.By.GUEST), payAt);
    }

    /**
     * Staff change a booking's dates or room at the desk, or an integration through the API: priced and moved as a
     * guest's change is, but not bound to the guest's free-cancellation window. The stay rules apply; staff may take
     * a stay they refuse with {@code overrideStayRules}, the rules overridden written in the booking's history (an
     * integration is refused, as its bookings are). A dearer stay's difference is left due, as a deposit's balance is
     * (paid at the desk, or by the link the balance mail sends); what a card paid beyond a cheaper stay's total goes
     * back to the card. The guest is mailed that the organisation changed it.
     *
     * @return the booking as it now stands, with what is due or was refunded
     * @throws IllegalBookingChangeException when the booking is no longer open, awaits a card payment, or holds
     *     several rooms
     * @throws BookingConflictException when the room is taken for some of those nights; nothing is changed
     * @throws StayRuleException when the stay breaks the organisation's stay rules and they are not overridden
     */
    public BookingDetail changeAtDesk(Scope scope, String reference, Long roomId, StayPeriod stay, boolean overrideStayRules) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        Booking booking = atDesk(scope, reference, LockModeType.PESSIMISTIC_WRITE);
        requireChangeableAtDesk(organisation, booking);
        long newRoomId = roomId == null ? booking.getItems().get(0).getItem().getId() : roomId;
        List<StayRuleBreach> overridden = scope.isStaff() ? stayRules.breaches(scope, stay) : List.of();
        if (!overridden.isEmpty() && !overrideStayRules) {
            throw new StayRuleException(overridden);
        }
        PricedStay price = price(scope, booking, newRoomId, stay);
        Item room = entityManager.find(Item.class, newRoomId);
        StayChange change = priced(booking, room, stay, price).leftDue();
        AuditFields before = booking.auditFields();
        Previous previous = Previous.of(booking);
        OffsetDateTime now = now();
        String actor = accounts.actorName(scope);
        move(scope, booking, room, stay, price, now, actor, "the booking is unchanged.");
        if (!overridden.isEmpty()) {
            booking.noteStayRulesOverriddenInChange(now, actor, overridden.stream().map(StayRuleBreach::sentence).toList());
        }
        if (change.refund().minor() > 0) {
            cancellations.refund(organisation, booking, change.refund(), now, actor);
            booking.noteChangeRefunded(change.refund().minor());
        }
        // A balance link mailed for the old total no longer pays the right amount.
        balanceCheckout.close(organisation, booking);
        audit.record(scope, "booking.changed", booking.auditSubject(), before, overridden.isEmpty() ? booking.auditFields()
                : booking.auditFields().put("stay_rules_overridden",
                        String.join(", ", overridden.stream().map(StayRuleBreach::code).toList())));
        tell(organisation, booking, previous, change, BookingChanged.By.ORGANISATION);
        entityManager.flush();
        return BookingDetail.of(booking, organisation, clock);
    }

    /** The guest, and when the guest changed it the organisation, are mailed once the change commits. */
    private GuestBooking tell(Organisation organisation, Booking booking, Previous previous, StayChange change,
            BookingChanged.By by) {
        GuestBooking changed = GuestBooking.of(organisation, booking);
        changes.fire(new BookingChanged(changed, previous.roomId(), previous.room(), previous.stay(), previous.total(),
                change.payNow(), change.refund(), by, booking.getGuestEmail(), organisation.getNotificationEmail()));
        return changed;
    }

    /** The room, nights and total a booking had before its change, for the mails that tell what it was. */
    private record Previous(long roomId, String room, String stay, Money total) {

        static Previous of(Booking booking) {
            BookingItem booked = booking.getItems().get(0);
            return new Previous(booked.getItem().getId(), booked.getItem().getTitle(),
                    booked.getStay().checkIn() + " to " + booked.getStay().checkout(), booking.total());
        }
    }

    /**
     * What a change at the desk would cost or give back, for staff to confirm on the booking's page; nothing changes.
     * Refused as the change itself would be, and before it: the stay rules, unless staff override them as they will for
     * the change, and nights the room has taken for another stay.
     *
     * @throws StayRuleException when the stay breaks the organisation's stay rules and they are not overridden
     * @throws BookingConflictException when the room is taken for some of those nights
     */
    public StayChange quoteAtDesk(Scope scope, String reference, long roomId, StayPeriod stay, boolean overrideStayRules) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        Booking booking = atDesk(scope, reference, LockModeType.NONE);
        requireChangeableAtDesk(organisation, booking);
        List<StayRuleBreach> breaches = stayRules.breaches(scope, stay);
        if (!breaches.isEmpty() && !overrideStayRules) {
            throw new StayRuleException(breaches);
        }
        PricedStay price = price(scope, booking, roomId, stay);
        Item room = entityManager.find(Item.class, roomId);
        if (Units.free(entityManager, scope.organisationId(), roomId, stay, booking.getItems().get(0).getId()).isEmpty()) {
            throw taken(room, "the booking is unchanged.", null);
        }
        return priced(booking, room, stay, price).leftDue();
    }

    /**
     * The rooms a booking may move to for these nights, by title: those free, and its own room when no stay but its
     * own holds those nights.
     */
    public List<ItemSummary> roomsForChangeAtDesk(Scope scope, String reference, StayPeriod stay) {
        BookingItem booked = atDesk(scope, reference, LockModeType.NONE).getItems().get(0);
        Set<Long> free = availability.listAvailableItems(scope, stay.checkIn(), stay.checkout()).stream()
                .map(available -> available.item().id())
                .collect(Collectors.toCollection(HashSet::new));
        long own = booked.getItem().getId();
        if (!Units.free(entityManager, scope.organisationId(), own, stay, booked.getId()).isEmpty()) {
            free.add(own);
        }
        return catalog.listItems(scope).stream().filter(item -> free.contains(item.id())).toList();
    }

    /** The booking staff or an integration change; for anyone else there is no such booking. */
    private Booking atDesk(Scope scope, String reference, LockModeType lock) {
        if (!scope.isStaff() && !scope.has(Role.INTEGRATION)) {
            throw new NotFoundException("There is no such booking.");
        }
        return entityManager.createNamedQuery("Booking.findByReference", Booking.class)
                .setParameter("reference", reference == null ? "" : reference.strip())
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no booking " + reference + "."));
    }

    /**
     * Moves the booking's stay under the exclusion constraint, on the lowest unit of the room free for it: taken
     * nights leave it as it was ({@code unchanged} ends the sentence that says so).
     */
    private void move(Scope scope, Booking booking, Item room, StayPeriod stay, PricedStay price, OffsetDateTime now,
            String actor, String unchanged) {
        BookingItem booked = booking.getItems().get(0);
        holdExpiry.expireStaleHolds(scope, room.getId(), now);
        // The unit is chosen before the move, which a query's flush could otherwise send to the database on the old unit.
        int unit = Units.lowestFree(entityManager, scope.organisationId(), room.getId(), stay, booked.getId());
        booking.changeStay(room, stay, price, now, actor);
        booked.occupyUnit(unit);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ExclusionViolation.causedBy(e)) {
                throw taken(room, unchanged, e);
            }
            throw e;
        }
    }

    private static BookingConflictException taken(Item room, String unchanged, PersistenceException cause) {
        return new BookingConflictException(room.getTitle() + " is already booked for some of those nights; " + unchanged,
                room.getId(), cause).worded("changeTaken", room.getTitle());
    }

    private static void requireChangeableAtDesk(Organisation organisation, Booking booking) {
        if (booking.getStatus() != BookingStatus.PAID && booking.getStatus() != BookingStatus.UNPAID) {
            throw new IllegalBookingChangeException("A booking that is " + booking.getStatus().code()
                    + " cannot be changed; book again instead.");
        }
        if (booking.getStatus() == BookingStatus.UNPAID && booking.getPaymentMethod() == PaymentMethod.STRIPE) {
            throw new IllegalBookingChangeException("This booking awaits the guest's card payment; change it once it is "
                    + "paid, or when its hold has lapsed book again.");
        }
        if (booking.getItems().size() != 1) {
            throw new IllegalBookingChangeException("A booking of several rooms cannot be changed yet; cancel it and "
                    + "book again.");
        }
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
