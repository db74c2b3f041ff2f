package dev.bookspace.payment;

import static dev.bookspace.shared.SharedJson.PROVIDER;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;

/**
 * Receives an organisation's Stripe webhooks. It is a global service (allow-listed in the tenancy
 * architecture test): the organisation comes from the endpoint's path, and only a signature made with
 * that organisation's webhook secret, over the raw body and no older than five minutes, lets the
 * event through to {@link PaymentService} under the organisation's scope.
 */
@Stateless
public class StripeWebhookIntake {

    /** Stripe's own default: a signature older than this is a replay. */
    private static final long TOLERANCE_SECONDS = 300;

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private PaymentService payments;

    public PaymentService.Outcome receive(long organisationId, String payload, String signature) {
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.takesCardPayments()) {
            throw new NotFoundException("There is no Stripe webhook endpoint for organisation " + organisationId + ".");
        }
        Event event = verified(payload, signature, organisation.stripeWebhookSecret());
        if (!event.getType().startsWith("checkout.session.")) {
            return PaymentService.Outcome.IGNORED;
        }
        return payments.apply(Scope.systemOf(organisationId, "Stripe"), checkoutEvent(event));
    }

    private static Event verified(String payload, String signature, String secret) {
        if (signature == null || signature.isBlank()) {
            throw new InvalidRequestException("Stripe-Signature", "The Stripe-Signature header is missing.");
        }
        try {
            return Webhook.constructEvent(payload, signature, secret, TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            throw new InvalidRequestException("Stripe-Signature",
                    "The signature does not match this endpoint's secret, or is more than five minutes old.");
        } catch (RuntimeException e) {
            throw new InvalidRequestException("body", "The body is not a Stripe event.");
        }
    }

    /** The session's id and payment status, read from the raw JSON so an API version the SDK does not know still works. */
    private static CheckoutEvent checkoutEvent(Event event) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(event.getDataObjectDeserializer().getRawJson()))) {
            JsonObject session = reader.readObject();
            return new CheckoutEvent(event.getId(), event.getType(), session.getString("id"),
                    session.getString("payment_status", null));
        } catch (JsonException | NullPointerException | ClassCastException e) {
            throw new InvalidRequestException("data.object.id", "The event does not name a Checkout session.");
        }
    }
}
