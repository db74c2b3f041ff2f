package dev.bookspace.api.bookings;

import dev.bookspace.api.shared.JsonBody;
import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.pricing.QuoteService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/v3/organisations/{organisation_id}/quotes}: what a stay would cost, itemised, from the one {@code Pricing}. */
@Path("organisations/{organisation_id}/quotes")
@RequestScoped
public class QuoteResource {

    @Inject
    private OrganisationScopes scopes;

    @EJB
    private QuoteService quotes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public QuoteJson quote(@PathParam("organisation_id") String organisationId, JsonObject body) {
        var scope = scopes.scopeFor(organisationId);
        QuoteRequest request = StayFields.read(JsonBody.of(body, StayFields.NAMES));
        return QuoteJson.of(request, quotes.quote(scope, request).quote());
    }
}
