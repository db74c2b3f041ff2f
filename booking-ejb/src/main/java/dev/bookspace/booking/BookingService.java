package dev.bookspace.booking;

import dev.bookspace.catalog.AddOn;
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
import dev.bookspace.shared.PublicUrls;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    @Inject
    private StripeGateway stripe;

    @Inject
    private PublicUrls urls;

    @Inject
    private Validator validator;

    @Inject
    private Event<BookingConfirmed> confirmations;

    private final Clock clock = Clock.systemUTC();

    /** Books an item for a stay with its add-ons, priced here and nowhere else. */
    public BookingConfirmation book(Scope scope, BookingRequest request) {
        requireValid(request.guest());
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        PricedStay price = quotes.quote(scope, new QuoteRequest(request.itemId(), request.stay(), request.guests(),
                request.addOns()));
        Item item = entityManager.find(Item.class, request.itemId());
        List<AddOn> addOns = price.chosen().stream().map(choice -> entityManager.find(AddOn.class, choice.addOnId())).toList();

        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        holdExpiry.expireStaleHolds(scope, item.getId(), now);
        boolean byCard = organisation.takesCardPayments();
        Booking booking = new Booking(BookingReference.next(), newAccessToken(), item, request.stay(), request.guests(),
                request.guest(), price, addOns, byCard ? PaymentMethod.STRIPE : PaymentMethod.PAY_ON_ARRIVAL, now,
                byCard ? now.plusMinutes(organisation.getHoldMinutes()) : null);
        insert(booking, item);

        String pagePath = GuestBooking.pagePath(organisation, booking);
        if (!byCard) {
            confirmations.fire(confirmed(organisation, booking));
            return new BookingConfirmation(booking.getReference(), booking.getStatus(), PaymentMethod.PAY_ON_ARRIVAL,
                    null, pagePath);
        }
        CheckoutSession session = stripe.createCheckoutSession(organisation.stripeSecretKey(), new CheckoutRequest(
                booking.getReference(), item.getTitle() + ", " + request.stay().nights() + " nights from "
                        + request.stay().checkIn(), price.quote().total(), booking.getGuestEmail(),
                urls.of(pagePath), urls.of(pagePath), booking.getHoldExpiresAt()));
        booking.attachCheckoutSession(session.id());
        return new BookingConfirmation(booking.getReference(), booking.getStatus(), PaymentMethod.STRIPE, session.url(),
                pagePath);
    }

    /** A booking for its guest, who proves it is theirs with the token of their page's URL. */
    public Optional<GuestBooking> findForGuest(Scope scope, String reference, String token) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        return entityManager.createNamedQuery("Booking.findByReference", Booking.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .filter(booking -> token != null && MessageDigest.isEqual(
                        booking.getAccessToken().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)))
                .map(booking -> GuestBooking.of(organisation, booking));
    }

    static BookingConfirmed confirmed(Organisation organisation, Booking booking) {
        return new BookingConfirmed(GuestBooking.of(organisation, booking), booking.getGuestEmail(),
                organisation.getNotificationEmail());
    }

    private void insert(Booking booking, Item item) {
        try {
            entityManager.persist(booking);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ExclusionViolation.causedBy(e)) {
                throw new BookingConflictException(item.getTitle() + " was just booked for some of those nights.", e);
            }
            throw e;
        }
    }

    private void requireValid(GuestDetails guest) {
        List<FieldProblem> problems = Constraints.problems(validator, guest, "guest.").stream()
                .map(problem -> new FieldProblem(snakeCase(problem.field()), problem.message()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static String snakeCase(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** 128 random bits: the guest page's URL cannot be guessed. */
    private static String newAccessToken() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }
}
