package dev.bookspace.api.items;

import dev.bookspace.api.shared.JsonBody;
import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.api.shared.Problem;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.catalog.ItemWords;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A room's title and description in one language: guests reading it see them on the public pages and in their
 * e-mails, in place of the room's own. A channel manager sets each language's words as it keeps them itself.
 */
@Path("organisations/{organisation_id}/items/{item_id}/translations/{language}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ItemTranslationResource {

    private static final Set<String> FIELDS = Set.of("title", "description");

    @Inject
    private OrganisationScopes scopes;

    @EJB
    private CatalogService catalog;

    /**
     * Sets the words in this language, replacing any it had. A body of the wrong shape answers 400, a blank or
     * too long title or description 422, an unknown room 404, a language Bookspace does not speak 400.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response translate(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId,
            @PathParam("language") String code, JsonObject body) {
        Scope scope = scopes.scopeFor(organisationId);
        Language language = language(code);
        JsonBody fields = JsonBody.of(body, FIELDS);
        String title = fields.string("title", true);
        String description = fields.string("description", false);
        fields.requireValid();
        try {
            return Response.ok(TranslationJson.of(catalog.translateItem(scope, itemId, language,
                    new ItemWords(title, description)), language)).build();
        } catch (InvalidRequestException e) {
            return Problem.unprocessable(e).toResponse();
        }
    }

    /** Takes the words in this language back, so its readers see the room's own: 204, or 404 when it had none. */
    @DELETE
    public Response remove(@PathParam("organisation_id") String organisationId, @PathParam("item_id") long itemId,
            @PathParam("language") String code) {
        Scope scope = scopes.scopeFor(organisationId);
        if (!catalog.removeTranslation(scope, itemId, language(code))) {
            throw new NotFoundException("Room " + itemId + " has no title in " + code + ".");
        }
        return Response.noContent().build();
    }

    private static Language language(String code) {
        return Language.of(code).orElseThrow(() -> new InvalidRequestException("language", "language must be one of "
                + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", ")) + "."));
    }
}
