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
import dev.bookspace.pricing.QuoteLine;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.pricing.QuoteService;
import dev.bookspace.identity.AccountService;
import dev.bookspace.shared.InvalidRequestException;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A guest changes their own booking's dates or room from its page (the token of its address proves it is theirs),
 * while its copy of the cancellation policy would still refund it in full: a change then costs the organisation no
 * more than a free cancellation and a new booking would. A booking of several rooms changes its dates there, every
 * room kept. The new stay is priced by the one {@code Pricing} with the guest's add-ons and the stay rules, and the
 * booking's rows move under the exclusion constraint in one transaction:
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
     * @param roomId the room of a booking of one room; null keeps the booking's rooms (of a booking of several, always)
     * @throws IllegalBookingChangeException when the booking cannot be changed here (any more)
     */
    public StayChange quote(Scope scope, String reference, String token, Long roomId, StayPeriod stay) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        Booking booking = GuestCancellationService.lockedForGuest(entityManager, reference, token);
        requireChangeable(organisation, booking);
        return priced(booking, guestPlan(scope, booking, roomId, stay), stay);
    }

    /**
     * Changes the stay at the total the guest was shown. Should the price have changed since, nothing changes and the
     * guest is told the new total to confirm.
     *
     * @param totalShown the new total the guest saw and confirmed
     * @return the booking as it now stands, with the address of Stripe's page for the difference when there is one
     * @throws BookingConflictException when the room is taken for some of those nights; nothing is changed
     */
    public ChangedBooking change(Scope scope, String reference, String token, Long roomId, StayPeriod stay, Money totalShown) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        // Locked, so that a second click waits for the first and then prices the change against the changed booking.
        Booking booking = GuestCancellationService.lockedForGuest(entityManager, reference, token);
        requireChangeable(organisation, booking);
        List<Booking.ChangedRoom> plan = guestPlan(scope, booking, roomId, stay);
        StayChange change = priced(booking, plan, stay);
        if (!change.total().equals(totalShown)) {
            throw new IllegalBookingChangeException("The new total is now " + change.total().formatted() + ", not "
                    + totalShown.formatted() + ". Please confirm again.", "totalChanged", change.total(), totalShown);
        }
        AuditFields before = booking.auditFields();
        Previous previous = Previous.of(booking);
        OffsetDateTime now = now();
        move(scope, booking, plan, stay, now, booking.getGuestName(), "your booking is unchanged.");
        // Stripe is asked only once the database has taken the new nights; a refusal from Stripe rolls the change back.
        if (change.refund().minor() > 0) {
            cancellations.refund(organisation, booking, change.refund(), now, booking.getGuestName());
            booking.noteChangeRefunded(change.refund().minor());
        }
        String payAt = null;
        balanceCheckout.close(organisation, booking);
        if (change.payNow().minor() > 0) {
            payAt = balanceCheckout.open(organisation, booking, "Change: " + change.roomTitle() + ", "
                    + Plural.of(stay.nights(), "night") + " from " + stay.checkIn());
        }
        audit.record(scope, "booking.changed", booking.auditSubject(), before, booking.auditFields());
        return new ChangedBooking(tell(organisation, booking, previous, change, BookingChanged.By.GUEST), payAt);
    }

    /**
     * Staff change a booking's dates or rooms at the desk, or an integration through the API: priced and moved as a
     * guest's change is, but not bound to the guest's free-cancellation window. The booking's rooms become those
     * asked for, all for the new nights: a room may move to another, keeping its add-ons, a room may be added, and a
     * room taken off with its add-ons, all or nothing. The stay rules apply; staff may take a stay they refuse with
     * {@code overrideStayRules}, the rules overridden written in the booking's history (an integration is refused, as
     * its bookings are). A dearer stay's difference is left due, as a deposit's balance is (paid at the desk, or by the
     * link the balance mail sends); what a card paid beyond a cheaper stay's total goes back to the card. The guest is
     * mailed that the organisation changed it.
     *
     * @param rooms the booking's rooms as they are to be; at least one, each room once
     * @return the booking as it now stands, with what is due or was refunded
     * @throws IllegalBookingChangeException when the booking is no longer open or awaits a card payment
     * @throws InvalidRequestException when the rooms asked for are not a booking's (none, one twice, a guest count
     *     missing for a room added)
     * @throws BookingConflictException when a room is taken for some of those nights; nothing is changed
     * @throws StayRuleException when the stay breaks the organisation's stay rules and they are not overridden
     */
    public BookingDetail changeAtDesk(Scope scope, String reference, List<RoomChange> rooms, StayPeriod stay,
            boolean overrideStayRules) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        Booking booking = atDesk(scope, reference, LockModeType.PESSIMISTIC_WRITE);
        requireChangeableAtDesk(booking);
        List<StayRuleBreach> overridden = scope.isStaff() ? stayRules.breaches(scope, stay) : List.of();
        if (!overridden.isEmpty() && !overrideStayRules) {
            throw new StayRuleException(overridden);
        }
        List<Booking.ChangedRoom> plan = plan(scope, booking, rooms, stay);
        StayChange change = priced(booking, plan, stay).leftDue();
        AuditFields before = booking.auditFields();
        Previous previous = Previous.of(booking);
        OffsetDateTime now = now();
        String actor = accounts.actorName(scope);
        move(scope, booking, plan, stay, now, actor, "the booking is unchanged.");
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
        changes.fire(new BookingChanged(changed, previous.roomIds(), previous.rooms(), previous.stay(), previous.total(),
                change.payNow(), change.refund(), by, booking.getGuestEmail(), organisation.getNotificationEmail()));
        return changed;
    }

    /** The rooms, nights and total a booking had before its change, for the mails that tell what it was. */
    private record Previous(List<Long> roomIds, List<String> rooms, String stay, Money total) {

        static Previous of(Booking booking) {
            StayPeriod stay = booking.getItems().get(0).getStay();
            return new Previous(booking.getItems().stream().map(booked -> booked.getItem().getId()).toList(),
                    booking.getItems().stream().map(booked -> booked.getItem().getTitle()).toList(),
                    stay.checkIn() + " to " + stay.checkout(), booking.total());
        }
    }

    /**
     * What a change at the desk would cost or give back, for staff to confirm on the booking's page; nothing changes.
     * Refused as the change itself would be, and before it: the stay rules, unless staff override them as they will for
     * the change, and nights a room has taken for another stay.
     *
     * @throws StayRuleException when the stay breaks the organisation's stay rules and they are not overridden
     * @throws BookingConflictException when a room is taken for some of those nights
     */
    public StayChange quoteAtDesk(Scope scope, String reference, List<RoomChange> rooms, StayPeriod stay,
            boolean overrideStayRules) {
        Booking booking = atDesk(scope, reference, LockModeType.NONE);
        requireChangeableAtDesk(booking);
        List<StayRuleBreach> breaches = stayRules.breaches(scope, stay);
        if (!breaches.isEmpty() && !overrideStayRules) {
            throw new StayRuleException(breaches);
        }
        List<Booking.ChangedRoom> plan = plan(scope, booking, rooms, stay);
        for (Booking.ChangedRoom room : plan) {
            Item item = room.room().item();
            if (Units.free(entityManager, scope.organisationId(), item.getId(), stay, ownRow(booking, item.getId())).isEmpty()) {
                throw taken(item, "the booking is unchanged.", null);
            }
        }
        return priced(booking, plan, stay).leftDue();
    }

    /**
     * The rooms a booking's rooms may be for these nights, by title: those free, and its own rooms when no stay but
     * its own holds those nights.
     */
    public List<ItemSummary> roomsForChangeAtDesk(Scope scope, String reference, StayPeriod stay) {
        Booking booking = atDesk(scope, reference, LockModeType.NONE);
        Set<Long> free = availability.listAvailableItems(scope, stay.checkIn(), stay.checkout()).stream()
                .map(available -> available.item().id())
                .collect(Collectors.toCollection(HashSet::new));
        for (BookingItem booked : booking.getItems()) {
            long own = booked.getItem().getId();
            if (!Units.free(entityManager, scope.organisationId(), own, stay, booked.getId()).isEmpty()) {
                free.add(own);
            }
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
     * Moves the booking's rooms under the exclusion constraint, each on the lowest unit of its room free for the stay:
     * taken nights leave it as it was ({@code unchanged} ends the sentence that says so).
     */
    private void move(Scope scope, Booking booking, List<Booking.ChangedRoom> plan, StayPeriod stay, OffsetDateTime now,
            String actor, String unchanged) {
        // The units are chosen before the move, which a query's flush could otherwise send to the database half made.
        List<Integer> units = new ArrayList<>();
        for (Booking.ChangedRoom room : plan) {
            long roomId = room.room().item().getId();
            holdExpiry.expireStaleHolds(scope, roomId, now);
            units.add(Units.lowestFree(entityManager, scope.organisationId(), roomId, stay, ownRow(booking, roomId)));
        }
        booking.changeRooms(plan, stay, now, actor);
        for (int room = 0; room < plan.size(); room++) {
            booking.getItems().get(room).occupyUnit(units.get(room));
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ExclusionViolation.causedBy(e)) {
                OptionalLong lost = ExclusionViolation.conflictingItem(e);
                Item room = plan.stream().map(changed -> changed.room().item())
                        .filter(item -> lost.isPresent() && item.getId() == lost.getAsLong())
                        .findFirst().orElse(plan.get(0).room().item());
                throw taken(room, unchanged, e);
            }
            throw e;
        }
    }

    /** The booking's row in this room, which its own change may move within the room, or null. */
    private static Long ownRow(Booking booking, long roomId) {
        return booking.getItems().stream().filter(booked -> booked.getItem().getId() == roomId)
                .map(BookingItem::getId).findFirst().orElse(null);
    }

    private static BookingConflictException taken(Item room, String unchanged, PersistenceException cause) {
        return new BookingConflictException(room.getTitle() + " is already booked for some of those nights; " + unchanged,
                room.getId(), cause).worded("changeTaken", room.getTitle());
    }

    private static void requireChangeableAtDesk(Booking booking) {
        if (booking.getStatus() != BookingStatus.PAID && booking.getStatus() != BookingStatus.UNPAID) {
            throw new IllegalBookingChangeException("A booking that is " + booking.getStatus().code()
                    + " cannot be changed; book again instead.");
        }
        if (booking.getStatus() == BookingStatus.UNPAID && booking.getPaymentMethod() == PaymentMethod.STRIPE) {
            throw new IllegalBookingChangeException("This booking awaits the guest's card payment; change it once it is "
                    + "paid, or when its hold has lapsed book again.");
        }
        if (!booking.staffMayChange()) {
            throw new IllegalBookingChangeException("This booking's add-ons were sold before each was kept with its "
                    + "room, so its rooms cannot be changed; cancel it and book again.");
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

    /**
     * The guest's change: their one room moved to this room (or kept, for null) with its guests and add-ons, or every
     * room of a booking of several kept for the new nights. Which room of several to change is the organisation's to
     * settle with the guest.
     */
    private List<Booking.ChangedRoom> guestPlan(Scope scope, Booking booking, Long roomId, StayPeriod stay) {
        List<BookingItem> booked = booking.getItems();
        if (booked.size() == 1) {
            long room = roomId == null ? booked.get(0).getItem().getId() : roomId;
            return List.of(new Booking.ChangedRoom(booked.get(0), priced(scope, booking, booked.get(0), room,
                    booked.get(0).guests(), stay)));
        }
        if (roomId != null) {
            throw new IllegalBookingChangeException("A booking of several rooms changes its dates here; to change a room,"
                    + " please contact the property.", "guestRoomOfSeveral");
        }
        return plan(scope, booking, booked.stream().map(room -> RoomChange.kept(room.getItem().getId())).toList(), stay);
    }

    /**
     * The rooms asked for, each priced and checked as a new booking's room is (stay rules included), with the add-ons
     * of the room it continues, in the order of their ids.
     */
    private List<Booking.ChangedRoom> plan(Scope scope, Booking booking, List<RoomChange> rooms, StayPeriod stay) {
        if (rooms.isEmpty()) {
            throw new InvalidRequestException("items", "Choose at least one room.").worded("booking.no-rooms");
        }
        Set<Long> roomsSeen = new HashSet<>();
        Set<Long> continuedSeen = new HashSet<>();
        List<Booking.ChangedRoom> plan = new ArrayList<>();
        for (RoomChange room : rooms) {
            if (!roomsSeen.add(room.roomId()) || (room.continues() != null && !continuedSeen.add(room.continues()))) {
                throw new InvalidRequestException("items", "Each room can be chosen once in a booking.").worded("booking.room-twice");
            }
            BookingItem continued = room.continues() == null ? null : booking.getItems().stream()
                    .filter(booked -> room.continues().equals(booked.getItem().getId())).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("items", "This booking holds no room " + room.continues()
                            + " to change.").worded("change.notHeld", room.continues()));
            Integer guests = room.guests() != null ? room.guests() : continued != null ? Integer.valueOf(continued.guests()) : null;
            if (guests == null) {
                throw new InvalidRequestException("guests", "Say how many guests stay in each room added.")
                        .worded("change.guestsForAdded");
            }
            plan.add(new Booking.ChangedRoom(continued, priced(scope, booking, continued, room.roomId(), guests, stay)));
        }
        plan.sort(Comparator.comparingLong(changed -> changed.room().item().getId()));
        return plan;
    }

    /** A room for the new stay, priced with the add-ons the booking's room {@code continued} has (none for a new one). */
    private Booking.PricedRoom priced(Scope scope, Booking booking, BookingItem continued, long roomId, int guests,
            StayPeriod stay) {
        List<BookingAddOn> addOns = continued == null ? List.of() : booking.addOnsOf(continued);
        PricedStay price = quotes.quote(scope, new QuoteRequest(roomId, stay, guests, addOns.stream()
                .map(addOn -> new AddOnChoice(addOn.getAddOn().getId(), addOn.getQuantity())).toList()));
        return new Booking.PricedRoom(entityManager.find(Item.class, roomId), guests, price,
                addOns.stream().map(BookingAddOn::getAddOn).toList());
    }

    /**
     * What the difference means: a card booking paid in full pays a dearer stay's difference now; one whose deposit's
     * balance is still to come owes it with that balance; a booking paid on arrival owes it on arrival. Whatever was
     * paid by card beyond the new total goes back to the card.
     */
    private static StayChange priced(Booking booking, List<Booking.ChangedRoom> plan, StayPeriod stay) {
        List<Booking.PricedRoom> rooms = plan.stream().map(Booking.ChangedRoom::room).toList();
        List<QuoteLine> lines = new ArrayList<>();
        rooms.forEach(room -> lines.addAll(rooms.size() == 1 ? room.price().quote().lines()
                : room.price().quote().linesUnder(room.item().getTitle())));
        String currency = booking.total().currencyCode();
        Money total = Money.of(rooms.stream().mapToLong(room -> room.price().quote().total().minor()).sum(), currency);
        long paid = booking.paidTowardsTotalMinor();
        boolean byCard = booking.getPaymentMethod() == PaymentMethod.STRIPE;
        boolean balanceToCome = booking.deposit().isPresent() && booking.balanceDue().minor() > 0;
        long payNow = byCard && !balanceToCome ? Math.max(total.minor() - paid, 0) : 0;
        long refund = byCard ? Math.min(Math.max(paid - total.minor(), 0), booking.cardRefundableMinor()) : 0;
        return new StayChange(rooms.get(0).item().getId(), String.join(" + ", rooms.stream().map(room -> room.item().getTitle()).toList()),
                stay, lines, total, Money.of(total.minor() - booking.total().minor(), currency), Money.of(payNow, currency),
                Money.of(refund, currency));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
