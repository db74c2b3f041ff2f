package dev.bookspace.booking;

import dev.bookspace.operations.Meter;
import dev.bookspace.operations.Metered;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.availability.StayRuleBreach;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.availability.StayRuleService;
import dev.bookspace.availability.Units;
import dev.bookspace.catalog.AddOn;
import dev.bookspace.identity.AccountService;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.payment.CheckoutRequest;
import dev.bookspace.payment.CheckoutSession;
import dev.bookspace.payment.StripeGateway;
import dev.bookspace.pricing.PricedStay;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.pricing.QuoteService;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.PublicUrls;
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
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * Takes bookings. The database's exclusion constraint on {@code booking_items} is what makes double
 * booking impossible, across threads and nodes; this service turns its refusal into a
 * {@link BookingConflictException} and leaves nothing behind.
 *
 * <p>An organisation with Stripe keys takes a hold that expires unless paid; one without takes the
 * booking as pay-on-arrival, confirmed at once.
 */
@Stateless
@TenantScoped
public class BookingService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private QuoteService quotes;

    @EJB
    private HoldExpiryService holdExpiry;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    @EJB
    private StayRuleService stayRules;

    @Inject
    private StripeGateway stripe;

    @Inject
    private PublicUrls urls;

    @Inject
    private Validator validator;

    @Inject
    private Event<BookingConfirmed> confirmations;

    private final Clock clock = Clock.systemUTC();

    /** Rooms one booking from the public pages may take: a family's or a small group's, not the whole house. */
    static final int ROOMS_PER_PUBLIC_BOOKING = 5;

    /** Card holds one e-mail address may have running at once from the public pages. */
    static final int OPEN_HOLDS_PER_EMAIL = 3;

    /** A guest books an item for a stay with its add-ons, priced here and nowhere else. */
    @Metered(Meter.BOOKING)
    public BookingConfirmation book(Scope scope, BookingRequest request) {
        return book(scope, request, null);
    }

    /**
     * Books as the public page does, for an integration: a card hold or a pay-on-arrival booking.
     *
     * @param apiKeyName the calling key's name, which the booking's history names, or null for the guest themself
     */
    @Metered(Meter.BOOKING)
    public BookingConfirmation book(Scope scope, BookingRequest request, String apiKeyName) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        boolean byCard = organisation.takesCardPayments();
        OffsetDateTime now = now();
        if (apiKeyName == null && request.rooms().size() > ROOMS_PER_PUBLIC_BOOKING) {
            throw new InvalidRequestException("items", "A booking here takes at most " + ROOMS_PER_PUBLIC_BOOKING
                    + " rooms; for more, please contact us.").worded("booking.too-many-rooms", ROOMS_PER_PUBLIC_BOOKING);
        }
        if (byCard && apiKeyName == null) {
            requireFewOpenHolds(request.guest(), now);
        }
        Booking booking = insert(scope, request, byCard ? PaymentMethod.STRIPE : PaymentMethod.PAY_ON_ARRIVAL,
                byCard ? now.plusMinutes(organisation.getHoldMinutes()) : null, now, byCard, new Booking.Origin(
                        apiKeyName == null ? null : "API key " + apiKeyName,
                        (apiKeyName == null ? "Booked on the public page" : "Booked through the API")
                                + (byCard ? "; held until paid by card." : ", to pay on arrival.")));

        String pagePath = GuestBooking.pagePath(organisation, booking);
        audit.record(scope, "booking.created", booking.auditSubject(), null, booking.auditFields());
        if (!byCard) {
            confirmations.fire(confirmed(organisation, booking));
            return new BookingConfirmation(booking.getReference(), booking.getStatus(), PaymentMethod.PAY_ON_ARRIVAL,
                    null, pagePath, BookingDetail.of(booking, organisation, clock));
        }
        CheckoutSession session = stripe.createCheckoutSession(organisation.stripeSecretKey(), new CheckoutRequest(
                booking.getReference(), checkoutLines(booking, request.stay()), booking.getGuestEmail(),
                urls.of(pagePath), urls.of(pagePath), booking.getHoldExpiresAt()));
        booking.attachCheckoutSession(session.id());
        return new BookingConfirmation(booking.getReference(), booking.getStatus(), PaymentMethod.STRIPE, session.url(),
                pagePath, BookingDetail.of(booking, organisation, clock));
    }

    /**
     * Staff book for a guest at the desk or on the phone, with the same availability, pricing and
     * validation as the public page, and settle it as paid, held unpaid, or to pay on arrival.
     * The guest is mailed a confirmation unless the booking is only held.
     */
    @Metered(Meter.BOOKING)
    public BookingConfirmation bookAtDesk(Scope scope, BookingRequest request, DeskSettlement settlement) {
        return bookAtDesk(scope, request, settlement, false);
    }

    /**
     * {@link #bookAtDesk(Scope, BookingRequest, DeskSettlement)}, for a stay the organisation's stay rules may
     * refuse: with {@code overrideStayRules} staff book it anyway (a regular's one-night stay in a three-night
     * season), and the booking's history and the audit log say which rules they overrode.
     */
    @Metered(Meter.BOOKING)
    public BookingConfirmation bookAtDesk(Scope scope, BookingRequest request, DeskSettlement settlement,
            boolean overrideStayRules) {
        if (!scope.isStaff()) {
            throw new NotFoundException("Only staff book at the desk.");
        }
        List<StayRuleBreach> overridden = stayRules.breaches(scope, request.stay());
        if (!overridden.isEmpty() && !overrideStayRules) {
            throw new StayRuleException(overridden);
        }
        // The guest is not at a screen to accept the terms; staff take the booking on their behalf.
        request.guest().setTermsAccepted(true);
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        OffsetDateTime now = now();
        String staff = accounts.actorName(scope);
        Booking.Origin origin = new Booking.Origin(staff, settlement.description());
        Booking booking = switch (settlement) {
            case PAY_ON_ARRIVAL -> insert(scope, request, PaymentMethod.PAY_ON_ARRIVAL, null, now, false, origin);
            case HOLD -> insert(scope, request, PaymentMethod.AT_DESK, now.plusMinutes(organisation.getHoldMinutes()), now, false, origin);
            case PAID -> insert(scope, request, PaymentMethod.AT_DESK, null, now, false, origin);
        };
        if (!overridden.isEmpty()) {
            booking.noteStayRulesOverridden(now, staff, overridden.stream().map(StayRuleBreach::sentence).toList());
        }
        if (settlement == DeskSettlement.PAID) {
            booking.markPaidInPerson(now, staff);
        }
        audit.record(scope, "booking.created", booking.auditSubject(), null, overridden.isEmpty() ? booking.auditFields()
                : booking.auditFields().put("stay_rules_overridden",
                        String.join(", ", overridden.stream().map(StayRuleBreach::code).toList())));
        if (settlement != DeskSettlement.HOLD) {
            confirmations.fire(confirmed(organisation, booking));
        }
        return new BookingConfirmation(booking.getReference(), booking.getStatus(), booking.getPaymentMethod(), null,
                GuestBooking.pagePath(organisation, booking), BookingDetail.of(booking, organisation, clock));
    }

    /**
     * Validates, prices and inserts an unpaid booking of every room asked for, each priced and checked as a
     * booking of that room alone would be; the database refuses it, whole, if any room's nights are taken.
     *
     * @param byCard whether the guest pays by card now, and so pays the organisation's deposit, if it takes one
     */
    private Booking insert(Scope scope, BookingRequest request, PaymentMethod method, OffsetDateTime holdExpiresAt,
            OffsetDateTime now, boolean byCard, Booking.Origin origin) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        requireValid(request.guest(), organisation);
        // Rooms in the order of their ids, as the booking lists them wherever it is read (Booking.items).
        List<Booking.PricedRoom> rooms = request.rooms().stream()
                .sorted(Comparator.comparingLong(BookingRequest.Room::itemId))
                .map(room -> priced(scope, room, request.stay()))
                .toList();
        rooms.forEach(room -> holdExpiry.expireStaleHolds(scope, room.item().getId(), now));
        Booking booking = new Booking(BookingReference.next(), newAccessToken(), rooms, request.stay(), request.guest(),
                request.languageOr(organisation.defaultLanguage()), method, now, holdExpiresAt, origin,
                organisation.cancellationPolicy().orElse(null));
        if (byCard) {
            Money firstNight = rooms.stream().map(room -> room.price().firstNight()).reduce(Money::plus).orElseThrow();
            organisation.depositRule().ifPresent(rule -> booking.takeDeposit(rule, rule.deposit(booking.total(), firstNight),
                    balanceDueOn(organisation, request.stay().checkIn())));
        }
        takeFreeUnits(scope, booking);
        try {
            entityManager.persist(booking);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ExclusionViolation.causedBy(e)) {
                throw lost(rooms, ExclusionViolation.conflictingItem(e), e);
            }
            throw e;
        }
        return booking;
    }

    /**
     * Gives each room of the booking its lowest free unit, each room locked first (in the order of their ids, as the
     * booking lists them) so that concurrent bookings of a room of several units take different ones. A room with no
     * unit free keeps unit 1, which the exclusion constraint refuses as it always did.
     */
    private void takeFreeUnits(Scope scope, Booking booking) {
        for (BookingItem stay : booking.getItems()) {
            stay.occupyUnit(Units.lowestFree(entityManager, scope.organisationId(), stay.getItem().getId(), stay.getStay(), null));
        }
    }

    private Booking.PricedRoom priced(Scope scope, BookingRequest.Room room, StayPeriod stay) {
        PricedStay price = quotes.quote(scope, new QuoteRequest(room.itemId(), stay, room.guests(), room.addOns()));
        return new Booking.PricedRoom(entityManager.find(Item.class, room.itemId()), room.guests(), price,
                price.chosen().stream().map(choice -> entityManager.find(AddOn.class, choice.addOnId())).toList());
    }

    /**
     * The refusal, naming the room that was taken. A deadlock between two bookings names no room: then the booking's
     * only room, or all its rooms, one of which was taken.
     */
    private static BookingConflictException lost(List<Booking.PricedRoom> rooms, OptionalLong itemId, Exception cause) {
        Optional<Item> lost = rooms.stream().map(Booking.PricedRoom::item)
                .filter(item -> itemId.isPresent() && item.getId() == itemId.getAsLong()).findFirst()
                .or(() -> rooms.size() == 1 ? Optional.of(rooms.get(0).item()) : Optional.empty());
        if (lost.isPresent()) {
            return new BookingConflictException(lost.get().getTitle() + " was just booked for some of those nights.",
                    lost.get().getId(), cause).worded("booking.justBooked", lost.get().getTitle());
        }
        return new BookingConflictException("One of " + String.join(", ", rooms.stream().map(room -> room.item().getTitle())
                .toList()) + " was just booked for some of those nights.", cause)
                .worded("booking.oneJustBooked", String.join(", ", rooms.stream().map(room -> room.item().getTitle()).toList()));
    }

    /**
     * What Stripe's page lists: a line a room at its price (its nights, add-ons, fees and taxes), or one line for
     * the deposit that is paid now instead.
     */
    private static List<CheckoutRequest.Line> checkoutLines(Booking booking, StayPeriod stay) {
        String when = stay.nights() + " nights from " + stay.checkIn();
        if (booking.deposit().isPresent()) {
            return List.of(new CheckoutRequest.Line("Deposit: " + String.join(" + ", booking.getItems().stream()
                    .map(item -> item.getItem().getTitle()).toList()) + ", " + when, booking.deposit().get()));
        }
        List<BookingItem> items = booking.getItems();
        if (items.size() == 1) {
            return List.of(new CheckoutRequest.Line(items.get(0).getItem().getTitle() + ", " + when, booking.total()));
        }
        return IntStream.range(0, items.size()).mapToObj(room -> new CheckoutRequest.Line(
                items.get(room).getItem().getTitle() + ", " + when, booking.roomTotals().get(room))).toList();
    }

    /** N days before check-in, or today for a booking made later than that: its balance is due, and mailed, at once. */
    private LocalDate balanceDueOn(Organisation organisation, LocalDate checkIn) {
        LocalDate due = checkIn.minusDays(organisation.balanceDaysBefore());
        LocalDate today = organisation.today(clock);
        return due.isBefore(today) ? today : due;
    }

    /**
     * One address holds at most {@value #OPEN_HOLDS_PER_EMAIL} rooms unpaid at once on the public pages:
     * enough for a family, too few for a script keeping the rooms from everyone else.
     */
    private void requireFewOpenHolds(GuestDetails guest, OffsetDateTime now) {
        if (guest.getEmail() == null) {
            return;
        }
        long open = entityManager.createNamedQuery("Booking.countOpenHolds", Long.class)
                .setParameter("email", guest.getEmail().strip())
                .setParameter("unpaid", BookingStatus.UNPAID)
                .setParameter("now", now)
                .getSingleResult();
        if (open >= OPEN_HOLDS_PER_EMAIL) {
            throw new InvalidRequestException("guest.email", "This address already holds " + open
                    + " bookings awaiting payment here; pay for them, or let them lapse, before booking again.")
                    .worded("booking.open-holds", open);
        }
    }

    /** A booking for its guest, who proves it is theirs with the token of their page's URL. */
    public Optional<GuestBooking> findForGuest(Scope scope, String reference, String token) {
        if (!BookingReference.couldBe(reference)) {
            return Optional.empty();
        }
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        return entityManager.createNamedQuery("Booking.findByReference", Booking.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .filter(booking -> booking.opensWith(token))
                .map(booking -> GuestBooking.of(organisation, booking));
    }

    static BookingConfirmed confirmed(Organisation organisation, Booking booking) {
        return new BookingConfirmed(GuestBooking.of(organisation, booking), booking.getGuestEmail(),
                organisation.getNotificationEmail());
    }

    private void requireValid(GuestDetails guest, Organisation organisation) {
        List<FieldProblem> problems = Constraints.problems(validator, guest, "guest.", GuestDetails.rulesFor(organisation)).stream()
                .map(problem -> new FieldProblem(snakeCase(problem.field()), problem.message(), problem.wording()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static String snakeCase(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Now, to the microsecond PostgreSQL keeps, so that a booking answered from memory reads as it will from the database. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** 128 random bits: the guest page's URL cannot be guessed. */
    private static String newAccessToken() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }
}
