package dev.bookspace.payment;

import dev.bookspace.operations.Meter;
import dev.bookspace.operations.Metered;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import dev.bookspace.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates Stripe Checkout sessions through the official SDK. Its API base comes from
 * {@code BOOKING_STRIPE_API_BASE} ({@code booking.stripe.api-base}), so tests point the real SDK at
 * a local stand-in.
 */
@ApplicationScoped
@Metered(Meter.STRIPE_CALL)
public class StripeGateway {

    private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());

    /**
     * Stripe keeps a Checkout session open at least 30 minutes. A shorter hold is still honoured: a
     * payment that lands after it expired takes the room back if it is still free (BookingPayments).
     */
    private static final Duration SHORTEST_SESSION = Duration.ofMinutes(31);

    @Inject
    @ConfigProperty(name = "booking.stripe.api-base", defaultValue = "https://api.stripe.com")
    String apiBase;

    public CheckoutSession createCheckoutSession(String secretKey, CheckoutRequest request) {
        return createCheckoutSession(secretKey, request, null);
    }

    /**
     * A Checkout session made with an idempotency key, so that a retry after a lost answer gets the same session
     * rather than a second page the guest could also pay.
     */
    public CheckoutSession createCheckoutSession(String secretKey, CheckoutRequest request, String idempotencyKey) {
        StripeClient client = client(secretKey);
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.reference())
                .putMetadata("booking_reference", request.reference())
                .setCustomerEmail(request.customerEmail())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setExpiresAt(Math.max(request.expiresAt().toEpochSecond(),
                        Instant.now().plus(SHORTEST_SESSION).getEpochSecond()))
                .addAllLineItem(request.lines().stream().map(line -> SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(line.amount().currencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(line.amount().minor())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(line.description())
                                        .build())
                                .build())
                        .build()).toList())
                .build();
        try {
            Session session = idempotencyKey == null ? client.v1().checkout().sessions().create(params)
                    : client.v1().checkout().sessions().create(params,
                            RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            return new CheckoutSession(session.getId(), session.getUrl());
        } catch (StripeException e) {
            LOG.log(Level.WARNING, "Stripe refused a Checkout session for " + request.reference(), e);
            throw new PaymentUnavailableException(
                    "We could not reach the payment provider, so nothing was booked. Please try again in a moment.", e)
                    .worded("payment.unreachableNothingBooked");
        }
    }

    /**
     * Refunds part or all of a Checkout session's payment and answers Stripe's refund id. The
     * idempotency key makes a retried refund (after a lost answer) a no-op at Stripe.
     */
    public String refund(String secretKey, String sessionId, Money amount, String idempotencyKey) {
        StripeClient client = client(secretKey);
        try {
            String paymentIntent = client.v1().checkout().sessions().retrieve(sessionId).getPaymentIntent();
            if (paymentIntent == null) {
                throw new PaymentUnavailableException("Stripe has no payment for this booking to refund.", null)
                        .worded("payment.nothingToRefund");
            }
            Refund refund = client.v1().refunds().create(RefundCreateParams.builder()
                    .setPaymentIntent(paymentIntent)
                    .setAmount(amount.minor())
                    .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                    .build(), RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            return refund.getId();
        } catch (StripeException e) {
            LOG.log(Level.WARNING, "Stripe refused a refund of session " + sessionId, e);
            throw new PaymentUnavailableException("Stripe did not make the refund (" + e.getMessage()
                    + "), so nothing was changed. Please try again in a moment.", e).worded("payment.refundRefused", e.getMessage());
        }
    }

    /** A session's {@code status} as Stripe tells it ({@code open}, {@code complete}, {@code expired}) and its page. */
    public CheckoutSession.State sessionState(String secretKey, String sessionId) {
        try {
            Session session = client(secretKey).v1().checkout().sessions().retrieve(sessionId);
            return new CheckoutSession.State(session.getStatus(), new CheckoutSession(session.getId(), session.getUrl()));
        } catch (StripeException e) {
            LOG.log(Level.WARNING, "Stripe did not tell the state of session " + sessionId, e);
            throw new PaymentUnavailableException("We could not reach the payment provider. Please try again in a moment.", e)
                    .worded("payment.unreachable");
        }
    }

    /** Closes a Checkout page so that a cancelled hold can no longer be paid. */
    public void expireCheckoutSession(String secretKey, String sessionId) {
        try {
            client(secretKey).v1().checkout().sessions().expire(sessionId);
        } catch (StripeException e) {
            LOG.log(Level.WARNING, "Stripe refused to expire session " + sessionId, e);
            throw new PaymentUnavailableException("Stripe did not close the booking's payment page, so nothing was "
                    + "cancelled. Please try again in a moment.", e).worded("payment.pageNotClosed");
        }
    }

    private StripeClient client(String secretKey) {
        return StripeClient.builder().setApiKey(secretKey).setApiBase(apiBase).build();
    }
}
