package dev.bookspace.booking;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.payment.CheckoutSession;
import dev.bookspace.payment.StripeGateway;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.Plural;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The balance of deposit bookings: mailing each guest the link that pays it when it falls due, and opening the
 * Stripe Checkout page behind that link. The link leads to the guest's booking page rather than to Stripe itself,
 * because a Checkout session lives at most 24 hours and the mail may be read days later: the page makes the session
 * when the guest comes to pay, and Stripe's webhook then marks the booking paid in full.
 */
@Stateless
@TenantScoped
public class BalanceService {

    /** Due balances a run asks for in one transaction, each row locked so that another server's run skips it. */
    static final int BATCH = 100;

    private static final String DUE = """
            SELECT id FROM bookings
            WHERE organisation_id = ? AND status = 'paid' AND deposit_minor IS NOT NULL AND balance_requested_at IS NULL
              AND balance_due_on <= ?
            ORDER BY balance_due_on, id LIMIT ? FOR UPDATE SKIP LOCKED""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private BalanceRequests requests;

    @Inject
    private StripeGateway stripe;

    @Inject
    private BalanceCheckout checkout;

    private final Clock clock = Clock.systemUTC();

    /** The dashboard shows at most this many balances, the soonest due first. */
    static final int LISTED = 500;

    /**
     * The paid deposit bookings whose balance is still to pay, soonest due first, those overdue marked. One query: the
     * stay is fetched with the booking, and the payments are summed in the database.
     */
    public List<BalanceDueRow> balancesDue(Scope scope) {
        if (!scope.isStaff()) {
            throw new NotFoundException("There are no balances to see here.");
        }
        LocalDate today = entityManager.find(Organisation.class, scope.organisationId()).today(clock);
        return entityManager.createNamedQuery("Booking.balancesDue", Booking.class)
                .setParameter("paid", BookingStatus.PAID)
                .setMaxResults(LISTED)
                .getResultList().stream()
                .map(booking -> {
                    BookingItem stay = booking.getItems().get(0);
                    LocalDate dueOn = booking.balanceDueOn().orElseThrow();
                    return new BalanceDueRow(booking.getReference(), booking.getGuestName(), stay.getItem().getTitle(),
                            stay.getStay().checkIn(), booking.deposit().orElseThrow(), booking.balanceDue(), dueOn,
                            dueOn.isBefore(today), booking.getBalanceRequestedAt() != null);
                })
                .toList();
    }

    /** Mails every guest of the organisation whose balance is due and who has not been asked; answers how many. */
    public int requestDueBalances(Scope scope) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        // Native SQL is not tenant-filtered: the organisation is named here. SKIP LOCKED leaves a row another
        // server's run holds to that run, which marks it asked in the same transaction that queues its mail.
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery(DUE)
                .setParameter(1, scope.organisationId())
                .setParameter(2, organisation.today(clock))
                .setParameter(3, BATCH)
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int asked = 0;
        for (Number id : ids) {
            Booking booking = entityManager.find(Booking.class, id.longValue());
            if (booking != null && requests.askIfDue(organisation, booking, now)) {
                asked++;
            }
        }
        return asked;
    }

    /**
     * The Stripe Checkout page that pays the balance of the guest's booking (the token of its page's address proves
     * it is theirs). The booking's open page is given again rather than a second made, so the guest cannot pay the
     * balance twice; a new one is made once the last has expired, with an idempotency key of its number.
     *
     * @throws IllegalBookingChangeException when there is no balance to pay by card, or its payment is being confirmed
     */
    public String balanceCheckoutUrl(Scope scope, String reference, String token) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        // Locked, so that two clicks at once make one page.
        Booking booking = GuestCancellationService.lockedForGuest(entityManager, reference, token);
        // A card booking without a deposit owes a balance after a change made its stay dearer.
        if (booking.getStatus() != BookingStatus.PAID || booking.getPaymentMethod() != PaymentMethod.STRIPE
                || booking.balanceDue().minor() == 0
                || !organisation.takesCardPayments()) {
            throw new IllegalBookingChangeException("There is no balance to pay on this booking.", "noBalance");
        }
        if (booking.getBalanceSessionId() != null) {
            CheckoutSession.State last = stripe.sessionState(organisation.stripeSecretKey(), booking.getBalanceSessionId());
            if (last.open()) {
                return last.session().url();
            }
            if ("complete".equals(last.status())) {
                throw new IllegalBookingChangeException("Your payment of the balance is being confirmed; this page shows it "
                        + "as soon as it is.", "balanceConfirming");
            }
        }
        BookingItem stay = booking.getItems().get(0);
        return checkout.open(organisation, booking, "Balance: " + String.join(" + ", booking.getItems().stream()
                .map(item -> item.getItem().getTitle()).toList()) + ", "
                + Plural.of(stay.getStay().nights(), "night") + " from " + stay.getStay().checkIn());
    }
}
