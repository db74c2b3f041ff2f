package dev.bookspace.api.items;

import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

    /** Without dates, every active item; with {@code check_in} and {@code checkout}, the free ones with their stay total. */
    @GET
    public ItemListJson list(@PathParam("organisation_id") String organisationId,
            @QueryParam("check_in") String checkIn, @QueryParam("checkout") String checkout) {
        Scope scope = scopes.scopeFor(organisationId);
        if (checkIn == null && checkout == null) {
            return new ItemListJson(catalog.listItems(scope).stream().map(ItemJson::of).toList());
        }
        StayPeriod stay = StayPeriod.parse(checkIn, checkout);
        return new ItemListJson(availability.listAvailableItems(scope, stay.checkIn(), stay.checkout()).stream()
                .map(ItemJson::of).toList());
    }

    /** One active item with its add-ons; another organisation's or an unknown item answers 404. */
    @GET
    @Path("{item_id}")
    public ItemDetailJson get(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId) {
        return ItemDetailJson.of(catalog.getOffer(scopes.scopeFor(organisationId), itemId));
    }
}
