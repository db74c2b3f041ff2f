package dev.bookspace.api.items;

import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.api.shared.QueryValues;
import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v3/organisations/{organisation_id}/items}: the organisation's items, those free for a stay, or one with its add-ons. */
@Path("organisations/{organisation_id}/items")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ItemResource {

    @Inject
    private OrganisationScopes scopes;

    @EJB
    private CatalogService catalog;

    @EJB
    private AvailabilityService availability;

    /**
     * Without dates, the active items; with {@code check_in} and {@code checkout}, the free ones with
     * their stay total. By title, {@code limit} (1 to 200, default 50) a page; {@code cursor} is the
     * previous page's {@code next_cursor}.
     */
    @GET
    public ItemListJson list(@PathParam("organisation_id") String organisationId,
            @QueryParam("check_in") String checkIn, @QueryParam("checkout") String checkout,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") String limit) {
        Scope scope = scopes.scopeFor(organisationId);
        int pageSize = QueryValues.number("limit", limit);
        if (checkIn == null && checkout == null) {
            return ItemListJson.of(catalog.listItems(scope, cursor, pageSize), ItemJson::of);
        }
        StayPeriod stay = StayPeriod.parse(checkIn, checkout);
        return ItemListJson.of(availability.listAvailableItems(scope, stay.checkIn(), stay.checkout(), cursor, pageSize),
                ItemJson::of);
    }

    /** One active item with its add-ons; another organisation's or an unknown item answers 404. */
    @GET
    @Path("{item_id}")
    public ItemDetailJson get(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId) {
        return ItemDetailJson.of(catalog.getOffer(scopes.scopeFor(organisationId), itemId));
    }
}
