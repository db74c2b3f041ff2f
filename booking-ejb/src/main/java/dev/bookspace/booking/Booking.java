package dev.bookspace.booking;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.catalog.AddOn;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.CancellationPolicy;
import dev.bookspace.organisation.DepositRule;
import dev.bookspace.pricing.PricedStay;
import dev.bookspace.pricing.QuoteLine;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A guest's booking: its reference, status, guest, price and the items it occupies (one or several rooms
 * for the same stay, booked and freed together). An unpaid booking
 * with {@code holdExpiresAt} is a hold that frees its item when the time passes unpaid; an unpaid
 * booking without it is taken as pay-on-arrival.
 */
@Entity
@Table(name = "bookings")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
// A guest's card holds still running; LOWER matches the index bookings_guest_email_idx (V12).
@NamedQuery(name = "Booking.countOpenHolds", query = """
        SELECT COUNT(b) FROM Booking b WHERE LOWER(b.guestEmail) = LOWER(:email) AND b.status = :unpaid AND b.holdExpiresAt > :now""")
@NamedQuery(name = "Booking.findByGuestEmail",
        query = "SELECT b FROM Booking b WHERE LOWER(b.guestEmail) = LOWER(:email) ORDER BY b.createdAt, b.id")
@NamedQuery(name = "Booking.findByReference", query = "SELECT b FROM Booking b WHERE b.reference = :reference")
@NamedQuery(name = "Booking.findByStripeSession", query = "SELECT b FROM Booking b WHERE b.stripeSessionId = :sessionId")
// Paid deposit bookings whose payments do not reach their total (bookings_balance_due_idx). Their stays and payments
// come in one more query each (batch fetching, below; EclipseLink refuses a JOIN FETCH of the stays beside it).
@NamedQuery(name = "Booking.balancesDue", query = """
        SELECT b FROM Booking b WHERE b.status = :paid AND b.depositMinor IS NOT NULL
        AND b.totalMinor > (SELECT COALESCE(SUM(p.amountMinor), 0) FROM BookingPayment p WHERE p.booking = b AND p.kind = 'payment')
        ORDER BY b.balanceDueOn, b.id""")
@NamedQuery(name = "Booking.findByBalanceSession", query = "SELECT b FROM Booking b WHERE b.balanceSessionId = :sessionId")
public class Booking {

    /** Who an anonymised booking's guest is. */
    public static final String ANONYMOUS = "Anonymised guest";

    /** How a hold's history tells its expiry. */
    static final String HOLD_EXPIRED = "The hold expired unpaid; the room is free again.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String reference;

    @Column(name = "access_token", nullable = false)
    private String accessToken;

    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "guest_name", nullable = false)
    private String guestName;

    @Column(name = "guest_email", nullable = false)
    private String guestEmail;

    @Column(name = "guest_phone", nullable = false)
    private String guestPhone;

    @Column(nullable = false)
    private String notes;

    @Column(nullable = false)
    private int guests;

    @Column(name = "hold_expires_at")
    private OffsetDateTime holdExpiresAt;

    @Column(name = "payment_method", nullable = false)
    private PaymentMethod paymentMethod;

    @Column(name = "stripe_session_id")
    private String stripeSessionId;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    /** The language its guest reads, and their e-mails are written in. */
    @Column(nullable = false)
    private Language language = Language.ENGLISH;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    /** The organisation's policy as it stood when the booking was made ({@link CancellationPolicy#code()}), or null for none. */
    @Column(name = "cancellation_policy")
    private String cancellationPolicy;

    /** The deposit rule that applied ({@link DepositRule#code()}), or null when the whole amount was due at booking. */
    @Column(name = "deposit_rule")
    private String depositRule;

    /** What the guest paid, or pays, when booking; the rest of the total is the balance. */
    @Column(name = "deposit_minor")
    private Long depositMinor;

    /** The day the balance falls due and its payment link is mailed. */
    @Column(name = "balance_due_on")
    private LocalDate balanceDueOn;

    @Column(name = "balance_requested_at")
    private OffsetDateTime balanceRequestedAt;

    /** The latest Checkout session made for the balance. */
    @Column(name = "balance_session_id")
    private String balanceSessionId;

    @Column(name = "balance_sessions", nullable = false)
    private int balanceSessions;

    /** Refunded because a change made the stay cheaper: no longer paid towards the total ({@link #balanceDue()}). */
    @Column(name = "change_refunded_minor", nullable = false)
    private long changeRefundedMinor;

    // By room, not by id: EclipseLink inserts a booking's new items in an order of its own, and a booking of several
    // rooms must list them alike in the answer that made it and in every read after.
    // A room taken off the booking at the desk is deleted with its add-ons.
    // A list of bookings reads all their rooms, and all their payments, in one query each.
    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("itemId")
    @BatchFetch(BatchFetchType.IN)
    private List<BookingItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("id")
    private List<BookingAddOn> addOns = new ArrayList<>();

    // By position, not id: EclipseLink inserts a booking's new lines in an order of its own. A change of the stay
    // that prices fewer lines drops the rest.
    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("position")
    private List<BookingPriceLine> priceLines = new ArrayList<>();

    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private List<BookingPayment> payments = new ArrayList<>();

    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<BookingEvent> history = new ArrayList<>();

    /**
     * What each room costs in all (its nights, add-ons, fees and taxes), in the order of {@link #items}: known to
     * the booking just made, whose Checkout page lists a line a room; the stored lines keep the breakdown for later.
     */
    @Transient
    private List<Money> roomTotals = List.of();

    protected Booking() {
        // for JPA
    }

    /**
     * A new unpaid booking of one or several rooms for the same stay. With {@code holdExpiresAt} it is a hold
     * awaiting card payment; without it, a pay-on-arrival booking.
     *
     * @param rooms each room with its guests, its price and its add-ons, in the order their rows are inserted
     * @param language the language its guest reads
     * @param origin who made the booking and how, the first line of its history
     * @param policy the organisation's cancellation policy now, which the booking keeps a copy of; null for none
     */
    public Booking(String reference, String accessToken, List<PricedRoom> rooms, StayPeriod stay, GuestDetails guest,
            Language language, PaymentMethod paymentMethod, OffsetDateTime now, OffsetDateTime holdExpiresAt,
            Origin origin, CancellationPolicy policy) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.status = BookingStatus.UNPAID;
        this.guestName = guest.getName().strip();
        this.guestEmail = guest.getEmail().strip();
        this.guestPhone = guest.getPhone().strip();
        this.notes = guest.getNotes() == null ? "" : guest.getNotes().strip();
        this.language = Objects.requireNonNull(language, "language");
        this.guests = rooms.stream().mapToInt(PricedRoom::guests).sum();
        this.paymentMethod = Objects.requireNonNull(paymentMethod, "paymentMethod");
        this.holdExpiresAt = holdExpiresAt;
        this.totalMinor = rooms.stream().mapToLong(room -> room.price().quote().total().minor()).sum();
        this.currency = rooms.get(0).price().quote().total().currencyCode();
        this.createdAt = now;
        this.cancellationPolicy = policy == null ? null : policy.code();
        this.roomTotals = rooms.stream().map(room -> room.price().quote().total()).toList();
        for (PricedRoom room : rooms) {
            BookingItem booked = new BookingItem(this, room.item(), stay, room.guests(), room.price().quote().stay());
            this.items.add(booked);
            addAddOns(booked, room);
        }
        priceLinesBecome(rooms);
        record(now, origin.actor() == null ? guestName : origin.actor(), origin.description(), BookingNotice.CREATED);
    }

    /**
     * One room of a new booking, priced.
     *
     * @param addOns the catalogue add-ons, in the order of the price's add-on lines
     */
    public record PricedRoom(Item item, int guests, PricedStay price, List<AddOn> addOns) {

        public PricedRoom {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(price, "price");
            addOns = List.copyOf(addOns);
        }
    }

    /**
     * Who made a booking and how, as its history tells it.
     *
     * @param actor a staff member's or API key's name, or null for the guest themself
     * @param description such as "Booked on the public page."
     */
    public record Origin(String actor, String description) {
    }

    /** The guest paid by card: the hold becomes a paid booking. Answers whether anything changed. */
    public boolean markPaid(OffsetDateTime now) {
        if (status != BookingStatus.UNPAID) {
            return false;
        }
        takeCardPayment(now, "Paid " + describeCardPayment() + ".");
        return true;
    }

    /** What the first card payment was: the whole total, or the deposit and when the balance is due. */
    private String describeCardPayment() {
        if (depositMinor == null) {
            return total().formatted() + " by card";
        }
        return "a deposit of " + Money.of(depositMinor, currency).formatted() + " by card; the balance of "
                + Money.of(totalMinor - depositMinor, currency).formatted() + " is due by " + balanceDueOn;
    }

    /**
     * Takes a deposit instead of the whole total when the booking is paid by card: the booking keeps the rule and
     * the amount, and the balance falls due on {@code balanceDueOn}. A deposit that would be the whole total (a
     * one-night stay with a first-night deposit) is no deposit: the total is paid at once.
     */
    void takeDeposit(DepositRule rule, Money deposit, LocalDate balanceDueOn) {
        if (status != BookingStatus.UNPAID || !payments.isEmpty()) {
            throw new IllegalStateException("A deposit is set when the booking is made");
        }
        if (deposit.minor() <= 0 || deposit.minor() >= totalMinor) {
            return;
        }
        this.depositRule = rule.code();
        this.depositMinor = deposit.minor();
        this.balanceDueOn = Objects.requireNonNull(balanceDueOn, "balanceDueOn");
    }

    /**
     * The balance's Checkout session completed with the money: the booking is paid in full. Answers whether
     * anything changed; a session that is not the booking's latest for its balance, or a balance already paid,
     * changes nothing.
     */
    public boolean markBalancePaid(String sessionId, OffsetDateTime now) {
        long balance = balanceDueMinor();
        if (status != BookingStatus.PAID || balance <= 0 || !sessionId.equals(balanceSessionId)) {
            return false;
        }
        payments.add(new BookingPayment(this, BookingPayment.PAYMENT, PaymentMethod.STRIPE, balance, sessionId, now));
        record(now, "Stripe", "Paid the balance of " + Money.of(balance, currency).formatted() + " by card; paid in full.", null);
        return true;
    }

    /** Staff took the balance of a deposit booking at the desk: it is paid in full. */
    void markBalancePaidInPerson(OffsetDateTime now, String actor) {
        long balance = balanceDueMinor();
        if (status != BookingStatus.PAID || depositMinor == null || balance <= 0) {
            throw new IllegalBookingChangeException("Only a paid booking with a balance still due can have its balance marked paid.",
                    "balanceNotDue");
        }
        payments.add(new BookingPayment(this, BookingPayment.PAYMENT, PaymentMethod.AT_DESK, balance, null, now));
        record(now, actor, "Marked the balance paid: " + Money.of(balance, currency).formatted()
                + " taken at the desk; paid in full.", null);
    }

    /** The balance's payment link was mailed to the guest; the balance job asks no more. */
    void noteBalanceRequested(OffsetDateTime now) {
        balanceRequestedAt = now;
        record(now, "Bookspace", "Mailed the guest a link to pay the balance of " + balanceDue().formatted() + ".", null);
    }

    /** A new Checkout session for the balance; answers its number, for Stripe's idempotency key. */
    int nextBalanceSession() {
        return balanceSessions + 1;
    }

    void attachBalanceSession(String sessionId) {
        balanceSessionId = Objects.requireNonNull(sessionId, "sessionId");
        balanceSessions++;
    }

    /** A payment arrived for a hold that had already expired: it takes its item again, if still free. */
    public boolean reinstateAsPaid(OffsetDateTime now) {
        if (status != BookingStatus.EXPIRED) {
            return false;
        }
        takeCardPayment(now, "Paid " + describeCardPayment() + ", after the hold had expired; the room was still free.");
        return true;
    }

    private void takeCardPayment(OffsetDateTime now, String description) {
        long charged = depositMinor == null ? totalMinor : depositMinor;
        moveTo(BookingStatus.PAID, null);
        paidAt = now;
        takePayment(PaymentMethod.STRIPE, stripeSessionId, charged, now);
        record(now, "Stripe", description, BookingNotice.PAID);
    }

    /** The hold's payment never came: the item is free again. Answers whether anything changed. */
    public boolean expire() {
        if (status != BookingStatus.UNPAID || holdExpiresAt == null) {
            return false;
        }
        OffsetDateTime expiredAt = holdExpiresAt;
        moveTo(BookingStatus.EXPIRED, holdExpiresAt);
        record(expiredAt, "Bookspace", HOLD_EXPIRED, BookingNotice.EXPIRED);
        return true;
    }

    /** The card page completed with the money still clearing: the hold stops running out. Answers whether anything changed. */
    public boolean awaitClearing(OffsetDateTime now) {
        if (status != BookingStatus.UNPAID || holdExpiresAt == null) {
            return false;
        }
        moveTo(BookingStatus.UNPAID, null);
        record(now, "Stripe", "Paid by a method that takes days to clear (such as a bank debit); the room is kept "
                + "until Stripe confirms or fails the payment.", null);
        return true;
    }

    /** A payment that was clearing failed: the item is free again. Answers whether anything changed. */
    public boolean paymentFailed(OffsetDateTime now) {
        if (status != BookingStatus.UNPAID || paymentMethod != PaymentMethod.STRIPE) {
            return false;
        }
        moveTo(BookingStatus.EXPIRED, null);
        record(now, "Stripe", "The payment failed at the bank; the room is free again.", BookingNotice.EXPIRED);
        return true;
    }

    /**
     * Staff took the payment in person. A card booking is paid through its Checkout page only, so
     * that a guest is never charged twice.
     */
    void markPaidInPerson(OffsetDateTime now, String actor) {
        if (status != BookingStatus.UNPAID || paymentMethod == PaymentMethod.STRIPE) {
            throw new IllegalBookingChangeException("Only an unpaid booking that is not paid by card can be marked paid.",
                    "notMarkablePaid");
        }
        moveTo(BookingStatus.PAID, null);
        paidAt = now;
        takePayment(paymentMethod, null, totalMinor, now);
        record(now, actor, "Marked paid: " + total().formatted() + (paymentMethod == PaymentMethod.AT_DESK
                ? " taken at the desk." : " taken on arrival."), BookingNotice.PAID);
    }

    /** A free booking (a room priced at nothing) is paid without money changing hands. */
    private void takePayment(PaymentMethod method, String stripeId, long amountMinor, OffsetDateTime now) {
        if (amountMinor > 0) {
            payments.add(new BookingPayment(this, BookingPayment.PAYMENT, method, amountMinor, stripeId, now));
        }
    }

    /** The guest has stayed: only a paid booking whose stay has begun. */
    void complete(LocalDate today, OffsetDateTime now, String actor) {
        if (status != BookingStatus.PAID) {
            throw new IllegalBookingChangeException("Only a paid booking can be marked complete.", "notCompletable");
        }
        if (items.stream().anyMatch(item -> item.getStay().checkIn().isAfter(today))) {
            LocalDate checkIn = items.get(0).getStay().checkIn();
            throw new IllegalBookingChangeException("A booking is complete once the guest has arrived; this stay begins on "
                    + checkIn + ".", "notArrived", checkIn);
        }
        moveTo(BookingStatus.COMPLETE, null);
        record(now, actor, "Marked complete.", null);
    }

    /** Frees the booking's nights, in every room it holds. Money paid stays paid until refunded. */
    void cancel(OffsetDateTime now, String actor) {
        if (status != BookingStatus.UNPAID && status != BookingStatus.PAID) {
            throw new IllegalBookingChangeException("A " + status.code() + " booking cannot be cancelled.",
                    "notCancellable." + status.code());
        }
        moveTo(BookingStatus.CANCELLED, null);
        record(now, actor, items.size() == 1 ? "Cancelled; the room is free again for those nights."
                : "Cancelled; its " + items.size() + " rooms are free again for those nights.", BookingNotice.CANCELLED);
    }

    /** Gives back part or all of what was paid; {@code stripeRefundId} for a refund made through Stripe. */
    void refund(long amountMinor, String stripeRefundId, OffsetDateTime now, String actor) {
        if (amountMinor <= 0 || amountMinor > refundableMinor()) {
            Money refundable = Money.of(refundableMinor(), currency);
            throw new IllegalBookingChangeException("A refund is more than nothing and at most " + refundable.formatted() + ".",
                    "refundRange", refundable);
        }
        PaymentMethod method = stripeRefundId == null ? paymentMethod : PaymentMethod.STRIPE;
        payments.add(new BookingPayment(this, BookingPayment.REFUND, method, amountMinor, stripeRefundId, now));
        record(now, actor, "Refunded " + Money.of(amountMinor, currency).formatted()
                + (stripeRefundId == null ? "." : " through Stripe (" + stripeRefundId + ")."), null);
    }

    /** The cancellation policy the booking was made under, or empty when it was made without one. */
    public Optional<CancellationPolicy> cancellationPolicy() {
        return CancellationPolicy.parse(cancellationPolicy);
    }

    /** The first night of the booking's stays: the day its cancellation policy counts towards. */
    public LocalDate checkIn() {
        return items.stream().map(item -> item.getStay().checkIn()).min(LocalDate::compareTo).orElseThrow();
    }

    /**
     * What the booking's own copy of the policy refunds of its card payment if cancelled on {@code today}, at most
     * what is still refundable. Nothing without a policy, or for money taken in person: that is given back the
     * way it was taken.
     */
    public Money policyRefund(LocalDate today) {
        // Of what was paid by card, not of the total: a deposit booking refunds a share of its deposit until the
        // balance is paid, and a balance taken at the desk goes back at the desk.
        Money paid = Money.of(cardPayments().mapToLong(BookingPayment::signedMinor).sum(), currency);
        if (stripeSessionId == null || cancellationPolicy().isEmpty()) {
            return Money.of(0, currency);
        }
        long refund = cancellationPolicy().get().refund(paid, today, checkIn()).minor();
        return Money.of(Math.min(refund, cardRefundableMinor()), currency);
    }

    /**
     * Whether the guest may cancel this booking themself from its page on {@code today}: it was made under a policy,
     * it is held, paid by card or to be paid on arrival, and check-in has not passed. A booking paid in person is
     * cancelled by asking the organisation, who gives the money back the way it was taken.
     */
    public boolean guestMayCancel(LocalDate today) {
        boolean paidInPerson = status == BookingStatus.PAID && stripeSessionId == null;
        return cancellationPolicy().isPresent() && (status == BookingStatus.UNPAID || status == BookingStatus.PAID)
                && !paidInPerson && !today.isAfter(checkIn());
    }

    /**
     * Whether the guest may change the dates or room of this booking themself on {@code today} (the dates only, of a
     * booking of several rooms): while they could cancel it for free by its copy of the policy. A card hold is paid,
     * or left to lapse, before it is changed.
     */
    public boolean guestMayChange(LocalDate today) {
        return guestMayCancel(today) && staffMayChange()
                && cancellationPolicy().orElseThrow().refundPercent(today, checkIn()) == 100;
    }

    /**
     * Whether staff (or an integration) may change this booking's dates or rooms: it stands, awaits no card payment,
     * and each of its add-ons is known to be one room's (a booking of several rooms made before V41 may hold add-ons
     * of no room in particular, which no change could carry over rightly).
     */
    public boolean staffMayChange() {
        boolean heldForCard = status == BookingStatus.UNPAID && paymentMethod == PaymentMethod.STRIPE;
        return (status == BookingStatus.PAID || status == BookingStatus.UNPAID) && !heldForCard
                && addOns.stream().allMatch(addOn -> addOn.getRoom() != null);
    }

    /**
     * Gives the booking these rooms for these nights, each priced again: a room that continues one of the booking's
     * keeps its row (so its history and unit move with it) and its add-ons at their new amounts, a new room is added,
     * and a room of the booking no room continues is taken off with its add-ons. The lines and total become the new
     * quotes'. The exclusion constraint checks the nights when this is flushed; the history tells integrators by
     * {@code booking.changed}.
     *
     * @param rooms at least one, each room once, in the order of their ids (as the booking lists its rooms)
     */
    void changeRooms(List<ChangedRoom> rooms, StayPeriod stay, OffsetDateTime now, String actor) {
        String before = describe(items);
        Money totalBefore = total();
        List<BookingItem> kept = rooms.stream().map(ChangedRoom::continues).filter(Objects::nonNull).toList();
        addOns.removeIf(addOn -> !kept.contains(addOn.getRoom()));
        List<BookingItem> changed = new ArrayList<>();
        for (ChangedRoom room : rooms) {
            PricedStay price = room.room().price();
            BookingItem booked = room.continues();
            if (booked == null) {
                booked = new BookingItem(this, room.room().item(), stay, room.room().guests(), price.quote().stay());
                addAddOns(booked, room.room());
            } else {
                booked.move(room.room().item(), stay, room.room().guests(), price.quote().stay());
                List<BookingAddOn> its = addOnsOf(booked);
                for (int line = 0; line < its.size(); line++) {
                    its.get(line).reprice(price.quote().addOns().get(line).amount());
                }
            }
            changed.add(booked);
        }
        // The list itself, which EclipseLink watches for the rooms taken off, in the order the booking reads them back.
        items.clear();
        items.addAll(changed);
        List<PricedRoom> priced = rooms.stream().map(ChangedRoom::room).toList();
        guests = priced.stream().mapToInt(PricedRoom::guests).sum();
        totalMinor = priced.stream().mapToLong(room -> room.price().quote().total().minor()).sum();
        roomTotals = priced.stream().map(room -> room.price().quote().total()).toList();
        priceLinesBecome(priced);
        record(now, actor, "Changed the stay from " + before + " to " + describe(items) + "; the total from "
                + totalBefore.formatted() + " to " + total().formatted() + ".", BookingNotice.CHANGED);
    }

    /**
     * One room of a booking as a change leaves it.
     *
     * @param continues the booking's room (its row) this one continues, keeping its add-ons; null for a room added
     * @param room the room, its guests and its price; its add-ons are those {@code continues} has, or none
     */
    record ChangedRoom(BookingItem continues, PricedRoom room) {
    }

    /** "Sea Room + Garden Room, 2027-01-04 to 2027-01-06", as the booking's history tells its stay. */
    private static String describe(List<BookingItem> rooms) {
        StayPeriod stay = rooms.get(0).getStay();
        return String.join(" + ", rooms.stream().map(booked -> booked.getItem().getTitle()).toList())
                + ", " + stay.checkIn() + " to " + stay.checkout();
    }

    /** The add-ons sold with this room of the booking, in the order they were chosen. */
    public List<BookingAddOn> addOnsOf(BookingItem room) {
        return addOns.stream().filter(addOn -> addOn.getRoom() == room).toList();
    }

    private void addAddOns(BookingItem booked, PricedRoom room) {
        for (int line = 0; line < room.addOns().size(); line++) {
            addOns.add(new BookingAddOn(this, booked, room.addOns().get(line), room.price().chosen().get(line).quantity(),
                    room.price().quote().addOns().get(line).amount()));
        }
    }

    /**
     * The price lines of these rooms, in their order. With several rooms each line says whose it is; one room's lines
     * read as they always have.
     */
    private void priceLinesBecome(List<PricedRoom> rooms) {
        List<QuoteLine> lines = new ArrayList<>();
        for (PricedRoom room : rooms) {
            lines.addAll(rooms.size() == 1 ? room.price().quote().lines() : room.price().quote().linesUnder(room.item().getTitle()));
        }
        for (int position = 0; position < lines.size(); position++) {
            if (position < priceLines.size()) {
                priceLines.get(position).become(lines.get(position));
            } else {
                priceLines.add(new BookingPriceLine(this, position, lines.get(position)));
            }
        }
        // One by one through the list itself, which EclipseLink watches for the orphans it deletes.
        while (priceLines.size() > lines.size()) {
            priceLines.remove(priceLines.size() - 1);
        }
    }

    /** A change made the stay cheaper and {@code amountMinor} of what was paid went back: it no longer pays the total. */
    void noteChangeRefunded(long amountMinor) {
        changeRefundedMinor += amountMinor;
    }

    /** What was paid towards the total and not given back: by card, at the desk or on arrival. */
    long paidTowardsTotalMinor() {
        return amountPaidMinor() - changeRefundedMinor;
    }

    /** Paid and not yet refunded. */
    public long refundableMinor() {
        return payments.stream().mapToLong(BookingPayment::signedMinor).sum();
    }

    /** Paid, refunds not taken off. */
    public long amountPaidMinor() {
        return payments.stream().filter(payment -> !payment.isRefund()).mapToLong(BookingPayment::signedMinor).sum();
    }

    /** Still to pay of a booking that stands (held, confirmed or paid in part); nothing once it is cancelled or over. */
    public Money balanceDue() {
        return Money.of(balanceDueMinor(), currency);
    }

    private long balanceDueMinor() {
        boolean standing = status == BookingStatus.UNPAID || status == BookingStatus.PAID;
        return standing ? Math.max(totalMinor - amountPaidMinor() + changeRefundedMinor, 0) : 0;
    }

    /**
     * By when {@link #balanceDue()} is due: a deposit booking's balance day, a booking paid on arrival or at the desk
     * its check-in; empty when nothing is due, or for a card hold, which is due now (until {@code holdExpiresAt}).
     */
    public Optional<LocalDate> balanceDueOn() {
        if (balanceDueMinor() == 0) {
            return Optional.empty();
        }
        if (status == BookingStatus.PAID && depositMinor != null) {
            return Optional.of(balanceDueOn);
        }
        return paymentMethod == PaymentMethod.STRIPE ? Optional.empty() : Optional.of(checkIn());
    }

    /** The deposit taken, or due, at booking; empty when the whole amount was. */
    public Optional<Money> deposit() {
        return Optional.ofNullable(depositMinor).map(minor -> Money.of(minor, currency));
    }

    /** The deposit rule the booking was made under, or empty. */
    public Optional<DepositRule> depositRule() {
        return DepositRule.parse(depositRule);
    }

    public String getBalanceSessionId() {
        return balanceSessionId;
    }

    public OffsetDateTime getBalanceRequestedAt() {
        return balanceRequestedAt;
    }

    /** Paid by card and not yet refunded: what Stripe can give back. */
    long cardRefundableMinor() {
        return cardPayments().mapToLong(BookingPayment::signedMinor).sum();
    }

    private java.util.stream.Stream<BookingPayment> cardPayments() {
        return payments.stream().filter(payment -> payment.getMethod() == PaymentMethod.STRIPE);
    }

    /**
     * A refund of {@code amountMinor} split over the card payments it goes back to, newest first (the balance before
     * the deposit), each at most what is left of it: Stripe refunds a payment, never more than it took. Earlier
     * refunds are taken off the same way, so the split is the same however the refunds came.
     */
    List<CardRefund> cardRefunds(long amountMinor) {
        List<BookingPayment> paidByCard = cardPayments().filter(payment -> !payment.isRefund()).toList();
        long alreadyRefunded = cardPayments().filter(BookingPayment::isRefund).mapToLong(payment -> payment.amount().minor()).sum();
        long toRefund = amountMinor;
        List<CardRefund> refunds = new ArrayList<>();
        for (int i = paidByCard.size() - 1; i >= 0 && toRefund > 0; i--) {
            BookingPayment payment = paidByCard.get(i);
            long left = payment.amount().minor();
            long taken = Math.min(left, alreadyRefunded);
            alreadyRefunded -= taken;
            left -= taken;
            long refund = Math.min(left, toRefund);
            if (refund > 0) {
                refunds.add(new CardRefund(payment.getStripeId(), refund));
                toRefund -= refund;
            }
        }
        return refunds;
    }

    /** A part of a refund, against one Checkout session's payment. */
    record CardRefund(String sessionId, long amountMinor) {
    }

    /** Staff correct who the guest is and their notes. */
    void changeGuest(GuestDetails guest, OffsetDateTime now, String actor) {
        List<String> changed = new ArrayList<>();
        if (!guestName.equals(guest.getName().strip())) {
            changed.add("name");
        }
        if (!guestEmail.equals(guest.getEmail().strip())) {
            changed.add("e-mail address");
        }
        if (!guestPhone.equals(guest.getPhone().strip())) {
            changed.add("phone");
        }
        String newNotes = guest.getNotes() == null ? "" : guest.getNotes().strip();
        if (!notes.equals(newNotes)) {
            changed.add("notes");
        }
        if (changed.isEmpty()) {
            return;
        }
        guestName = guest.getName().strip();
        guestEmail = guest.getEmail().strip();
        guestPhone = guest.getPhone().strip();
        notes = newNotes;
        record(now, actor, "Changed the guest's " + String.join(", ", changed) + ".", null);
    }

    /**
     * Forgets who the guest was, for their data rights: name, address, phone and notes go, from the
     * booking and from its history; rooms, dates and money stay for the books. Answers whether anything changed.
     */
    boolean anonymise(OffsetDateTime now, String actor, String reason) {
        if (anonymisedAt != null) {
            return false;
        }
        String forgotten = guestName;
        guestName = ANONYMOUS;
        guestEmail = "";
        guestPhone = "";
        notes = "";
        anonymisedAt = now;
        history.forEach(event -> event.forgetActor(forgotten, "The guest"));
        record(now, actor, reason, null);
        return true;
    }

    /** Staff booked a stay the organisation's stay rules refuse; the history names each rule, as a guest would read it. */
    public void noteStayRulesOverridden(OffsetDateTime now, String staff, List<String> rules) {
        record(now, staff, "Booked despite the stay rules: " + String.join("; ", rules) + ".", null);
    }

    /** Staff moved the stay in one of the booking's rooms to another unit of that room, which was free for its nights. */
    void moveToUnit(BookingItem stay, int unit, OffsetDateTime now, String staff) {
        int from = stay.getUnit();
        stay.occupyUnit(unit);
        record(now, staff, "Moved " + stay.getItem().getTitle() + " from room " + from + " to room " + unit + ".", null);
    }

    /** Staff changed the stay at the desk although the stay rules refuse it. */
    void noteStayRulesOverriddenInChange(OffsetDateTime now, String staff, List<String> rules) {
        record(now, staff, "Changed despite the stay rules: " + String.join("; ", rules) + ".", null);
    }

    /** @param notice the webhook event this change sends, or null for changes integrators are not told of */
    private void record(OffsetDateTime now, String actor, String description, BookingNotice notice) {
        history.add(new BookingEvent(this, now, actor, description, notice));
    }

    /** As the audit log names it: the reference, with its rooms and dates for people. */
    AuditSubject auditSubject() {
        return AuditSubject.of("booking", reference, reference + ", " + String.join("; ", items.stream()
                .map(item -> item.getItem().getTitle() + ", " + item.getStay().checkIn() + " to " + item.getStay().checkout())
                .toList()));
    }

    /** What the audit log compares before and after a change; the guest's personal data hidden, only its change known. */
    AuditFields auditFields() {
        return AuditFields.of()
                .put("status", status.code())
                .put("payment_method", paymentMethod.code())
                .put("guests", guests)
                .put("total", total().formatted())
                .put("paid", Money.of(refundableMinor(), currency).formatted())
                .put("deposit", deposit().map(Money::formatted).orElse(null))
                .put("hold_expires_at", holdExpiresAt)
                .put("anonymised", anonymisedAt != null)
                .hidden("guest_name", guestName)
                .hidden("guest_email", guestEmail)
                .hidden("guest_phone", guestPhone)
                .hidden("notes", notes);
    }

    public void attachCheckoutSession(String sessionId) {
        this.stripeSessionId = Objects.requireNonNull(sessionId, "sessionId");
    }

    private void moveTo(BookingStatus next, OffsetDateTime expiry) {
        status = next;
        holdExpiresAt = expiry;
        items.forEach(BookingItem::followBooking);
    }

    public Long getId() {
        return id;
    }

    public Language getLanguage() {
        return language;
    }

    public String getReference() {
        return reference;
    }

    /** Whether this token, from the guest page's address, is the booking's own; compared in constant time. */
    boolean opensWith(String token) {
        return token != null && MessageDigest.isEqual(accessToken.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    public String getAccessToken() {
        return accessToken;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getGuestName() {
        return guestName;
    }

    public String getGuestEmail() {
        return guestEmail;
    }

    public String getGuestPhone() {
        return guestPhone;
    }

    public String getNotes() {
        return notes;
    }

    public OffsetDateTime getPaidAt() {
        return paidAt;
    }

    public String getStripeSessionId() {
        return stripeSessionId;
    }

    public List<BookingPayment> getPayments() {
        return Collections.unmodifiableList(payments);
    }

    public List<BookingEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public int getGuests() {
        return guests;
    }

    public OffsetDateTime getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Money total() {
        return Money.of(totalMinor, currency);
    }

    /** See {@link #roomTotals}; empty for a booking read back from the database. */
    List<Money> roomTotals() {
        return roomTotals;
    }

    public List<BookingItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    /**
     * The breakdown the guest was shown when booking, or empty for a booking made before bookings kept
     * theirs (its stay and add-ons then tell it; {@link GuestBooking}).
     */
    public List<QuoteLine> priceLines() {
        return priceLines.stream().map(BookingPriceLine::line).toList();
    }

    public List<BookingAddOn> getAddOns() {
        return Collections.unmodifiableList(addOns);
    }
}
