package dev.bookspace.api.items;

import dev.bookspace.api.shared.JsonBody;
import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.api.shared.Problem;
import dev.bookspace.availability.ClosedDatesConflictException;
import dev.bookspace.availability.ClosedDatesForm;
import dev.bookspace.availability.RoomBlockService;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code /api/v3/organisations/{organisation_id}/items/{item_id}/closed-dates}: an item's closed dates
 * (maintenance, the owner's own use), which nobody can book; close more, or reopen some. Closing
 * needs no Idempotency-Key: closed dates never overlap, so a retried close that went through is
 * refused with a 409 naming the closed dates it made.
 */
@Path("organisations/{organisation_id}/items/{item_id}/closed-dates")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ClosedDatesResource {

    private static final Set<String> FIELDS = Set.of("check_in", "checkout", "reason", "unit", "every_unit");

    @Inject
    private OrganisationScopes scopes;

    @EJB
    private RoomBlockService blocks;

    /** The item's closed dates that have not ended yet, soonest first. */
    @GET
    public ClosedDatesListJson list(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId) {
        return new ClosedDatesListJson(blocks.listUpcoming(scopes.scopeFor(organisationId), itemId).stream()
                .map(ClosedDatesJson::of).toList());
    }

    /**
     * Closes the item for {@code check_in} to {@code checkout}: in a room type, its {@code unit}, or {@code every_unit},
     * or else any free unit; 409 naming the booking or closed dates in the way.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId,
            JsonObject body) {
        Scope scope = scopes.scopeFor(organisationId);
        JsonBody fields = JsonBody.of(body, FIELDS);
        LocalDate checkIn = fields.date("check_in");
        LocalDate checkout = fields.date("checkout");
        String reason = fields.string("reason", true);
        Long unit = fields.optionalNumber("unit");
        boolean everyUnit = fields.flag("every_unit");
        fields.requireValid();
        ClosedDatesForm form = new ClosedDatesForm(checkIn, checkout, reason,
                unit == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, unit)), everyUnit);
        try {
            return Response.status(Response.Status.CREATED).entity(ClosedDatesJson.of(blocks.close(scope, itemId, form))).build();
        } catch (ClosedDatesConflictException e) {
            return Problem.of(Response.Status.CONFLICT, "dates-taken", e.getMessage()).toResponse();
        }
    }

    /** Reopens them: the nights are free to book at once. */
    @DELETE
    @Path("{block_id}")
    public Response reopen(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId,
            @PathParam("block_id") long blockId) {
        blocks.reopen(scopes.scopeFor(organisationId), itemId, blockId);
        return Response.noContent().build();
    }
}
