package dev.bookspace.api.items;

import dev.bookspace.api.shared.JsonBody;
import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.calendarsync.CalendarExportService;
import dev.bookspace.calendarsync.CalendarFeedImport;
import dev.bookspace.calendarsync.CalendarFeedService;
import dev.bookspace.calendarsync.FeedHealth;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.PublicUrls;
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
import java.util.Set;

/**
 * {@code /api/v3/organisations/{organisation_id}/items/{item_id}/calendar-sync}: the item's calendar sync with
 * other channels, as the room's dashboard page shows it: its own secret feed URL (and a new one when the old went
 * where it should not), and the channels' calendars it imports, with their health, "fetch now" and removal.
 */
@Path("organisations/{organisation_id}/items/{item_id}/calendar-sync")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CalendarSyncResource {

    private static final Set<String> IMPORT_FIELDS = Set.of("name", "url");

    @Inject
    private OrganisationScopes scopes;

    @Inject
    private PublicUrls urls;

    @EJB
    private CalendarExportService exports;

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private CalendarFeedImport imports;

    /** The feed URL (made on the first look, like the dashboard's) and the imported calendars. */
    @GET
    public CalendarSyncJson show(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId) {
        Scope scope = scopes.scopeFor(organisationId);
        return sync(scope, itemId, exports.exportToken(scope, itemId));
    }

    /** A new secret feed URL: channels subscribed to the old one stop seeing the item's nights at once. */
    @POST
    @Path("export-url")
    public CalendarSyncJson replaceExportUrl(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId) {
        Scope scope = scopes.scopeFor(organisationId);
        return sync(scope, itemId, exports.regenerateExportToken(scope, itemId));
    }

    /** Imports a channel's calendar; the first fetch follows within seconds. */
    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addImport(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId,
            JsonObject body) {
        Scope scope = scopes.scopeFor(organisationId);
        JsonBody fields = JsonBody.of(body, IMPORT_FIELDS);
        String name = fields.string("name", true);
        String url = fields.string("url", true);
        fields.requireValid();
        return Response.status(Response.Status.CREATED).entity(CalendarImportJson.of(feeds.add(scope, itemId, name, url))).build();
    }

    /** Fetches the calendar at once and answers with its health afterwards. */
    @POST
    @Path("imports/{import_id}/fetch")
    public CalendarImportJson fetchNow(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId,
            @PathParam("import_id") long importId) {
        Scope scope = scopes.scopeFor(organisationId);
        imported(scope, itemId, importId);
        imports.fetchNow(scope, importId);
        return CalendarImportJson.of(imported(scope, itemId, importId));
    }

    /** Stops importing the calendar; the nights its stays closed are free at once. */
    @DELETE
    @Path("imports/{import_id}")
    public Response removeImport(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId,
            @PathParam("import_id") long importId) {
        feeds.remove(scopes.scopeFor(organisationId), itemId, importId);
        return Response.noContent().build();
    }

    private CalendarSyncJson sync(Scope scope, long itemId, String token) {
        return new CalendarSyncJson(urls.of("/ical/" + token + ".ics"),
                feeds.feeds(scope, itemId).stream().map(CalendarImportJson::of).toList());
    }

    /** The item's imported calendar of that id; another item's is not found here. */
    private FeedHealth imported(Scope scope, long itemId, long importId) {
        return feeds.feeds(scope, itemId).stream().filter(feed -> feed.id() == importId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such calendar."));
    }
}
