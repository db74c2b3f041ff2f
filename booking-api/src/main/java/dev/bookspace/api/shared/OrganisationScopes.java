package dev.bookspace.api.shared;

import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Turns the {@code {organisation_id}} of an API path into the scope the services take: the calling
 * key's organisation, and only that one. Any other id, well formed or not, answers 404, so a key
 * cannot even learn which organisations exist.
 */
@RequestScoped
public class OrganisationScopes {

    @Inject
    private AuthenticatedCaller authenticated;

    public Scope scopeFor(String organisationId) {
        Scope scope = authenticated.get().scope();
        if (!String.valueOf(scope.organisationId()).equals(organisationId)) {
            throw new NotFoundException("There is no organisation " + organisationId + ".");
        }
        return scope;
    }
}
