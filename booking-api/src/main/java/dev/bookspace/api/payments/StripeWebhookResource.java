package dev.bookspace.api.payments;

import dev.bookspace.api.shared.SignedByCaller;
import dev.bookspace.payment.PaymentService;
import dev.bookspace.payment.StripeWebhookIntake;
import dev.bookspace.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * Where an organisation points its Stripe webhook. The body is taken as the raw text Stripe signed;
 * a bad or stale signature answers 400 and changes nothing.
 */
@Path("organisations/{organisation_id}/stripe-webhooks")
@SignedByCaller
@RequestScoped
public class StripeWebhookResource {

    /**
     * What Stripe is told.
     *
     * @param received always true: a 2xx tells Stripe not to retry
     * @param outcome applied, replayed or ignored
     */
    public record Receipt(boolean received, String outcome) {
    }

    @EJB
    private StripeWebhookIntake intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Receipt receive(@PathParam("organisation_id") String organisationId,
            @HeaderParam("Stripe-Signature") String signature, String payload) {
        PaymentService.Outcome outcome = intake.receive(parse(organisationId), payload, signature);
        return new Receipt(true, outcome.name().toLowerCase(Locale.ROOT));
    }

    private static long parse(String organisationId) {
        try {
            return Long.parseLong(organisationId);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no organisation " + organisationId + ".");
        }
    }
}
