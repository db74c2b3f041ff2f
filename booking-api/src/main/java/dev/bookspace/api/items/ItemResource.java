package dev.bookspace.api.items;

import dev.bookspace.api.shared.JsonBody;
import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.api.shared.Problem;
import dev.bookspace.api.shared.QueryValues;
import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.availability.AvailableItem;
import dev.bookspace.availability.UnavailableItems;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.catalog.ItemOffer;
import dev.bookspace.catalog.ItemPage;
import dev.bookspace.catalog.RoomFactsForm;
import dev.bookspace.catalog.RoomOrder;
import dev.bookspace.catalog.RoomPhotoService;
import dev.bookspace.catalog.RoomService;
import dev.bookspace.catalog.RoomPhotoView;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

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

    @EJB
    private RoomPhotoService photos;

    @EJB
    private RoomService rooms;

    @Inject
    private PublicUrls urls;

    /**
     * Without dates, the active items; with {@code check_in} and {@code checkout}, the free ones with
     * their stay total, those sleeping at least {@code guests} when given. By title, or by {@code sort}
     * ({@code price}: the room's own nightly price, lowest first; {@code size}: largest first), {@code limit} (1 to
     * 200, default 50) a page; {@code cursor} is the previous page's {@code next_cursor}. With
     * {@code include_unavailable=true}, the first page also lists the items not offered, each with its
     * reasons' codes, and a stay the stay rules refuse answers that way instead of 422.
     */
    @GET
    public ItemListJson list(@PathParam("organisation_id") String organisationId,
            @QueryParam("check_in") String checkIn, @QueryParam("checkout") String checkout,
            @QueryParam("guests") String guests, @QueryParam("include_unavailable") String includeUnavailable,
            @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        Scope scope = scopes.scopeFor(organisationId);
        int pageSize = QueryValues.number("limit", limit);
        boolean withUnavailable = QueryValues.flag("include_unavailable", includeUnavailable);
        RoomOrder order = RoomOrder.of(sort);
        if (checkIn == null && checkout == null) {
            if (guests != null || withUnavailable || order != RoomOrder.NAME) {
                String field = guests != null ? "guests" : withUnavailable ? "include_unavailable" : "sort";
                throw new InvalidRequestException(field,
                        "Give check_in and checkout with guests, include_unavailable or sort: they are about a stay.");
            }
            return photographed(scope, ItemListJson.of(catalog.listItems(scope, cursor, pageSize), ItemJson::of));
        }
        StayPeriod stay = StayPeriod.parse(checkIn, checkout);
        Integer guestCount = guests == null || guests.isBlank() ? null : QueryValues.number("guests", guests);
        if (!withUnavailable || (cursor != null && !cursor.isEmpty())) {
            return photographed(scope, ItemListJson.of(availability.listAvailableItems(scope, stay.checkIn(), stay.checkout(),
                    guestCount, order, cursor, pageSize), ItemJson::of));
        }
        UnavailableItems unavailable = availability.listUnavailableItems(scope, stay.checkIn(), stay.checkout(), guestCount,
                pageSize);
        // A stay the rules refuse has no free item: answered with why rather than refused, as asked.
        ItemPage<AvailableItem> free = unavailable.stayRules().isEmpty()
                ? availability.listAvailableItems(scope, stay.checkIn(), stay.checkout(), guestCount, order, cursor, pageSize)
                : new ItemPage<>(List.of(), null);
        return photographed(scope, ItemListJson.of(free, ItemJson::of).with(unavailable));
    }

    /** One active item with its add-ons; another organisation's or an unknown item answers 404. */
    @GET
    @Path("{item_id}")
    public ItemDetailJson get(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId) {
        Scope scope = scopes.scopeFor(organisationId);
        ItemOffer offer = catalog.getOffer(scope, itemId);
        return ItemDetailJson.of(offer, PhotoJson.of(photos.gallery(scope, offer.item().id()), urls));
    }

    /**
     * Describes an item's beds, size, amenities and own hours, replacing what it had: a field left out is cleared.
     * A body of the wrong shape answers 400, values that break the rules 422, each naming its fields.
     */
    @PUT
    @Path("{item_id}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response describe(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId,
            JsonObject body) {
        Scope scope = scopes.scopeFor(organisationId);
        RoomFactsForm form = RoomFactsJson.form(JsonBody.of(body, RoomFactsJson.FIELDS));
        try {
            return Response.ok(RoomFactsJson.of(rooms.describeRoom(scope, itemId, form))).build();
        } catch (InvalidRequestException e) {
            return Problem.unprocessable(e).toResponse();
        }
    }

    /** The page's items with their photos, read in one query. */
    private ItemListJson photographed(Scope scope, ItemListJson page) {
        Map<Long, List<RoomPhotoView>> galleries = photos.galleries(scope, page.items().stream().map(ItemJson::id).toList());
        return page.withPhotos(id -> PhotoJson.of(galleries.get(id), urls));
    }
}
