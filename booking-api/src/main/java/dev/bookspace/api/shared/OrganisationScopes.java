package dev.bookspace.api.shared;

import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Turns the {@code {organisation_id}} of an API path into the scope the services take. Until API keys
 * arrive the read-only endpoints are public, so the scope is a guest's; an unknown or malformed id
 * answers 404.
 */
@RequestScoped
public class OrganisationScopes {

    @EJB
    private OrganisationDirectory directory;

    public Scope guestScope(String organisationId) {
        return parse(organisationId)
                .flatMap(directory::findById)
                .orElseThrow(() -> new NotFoundException("There is no organisation " + organisationId + "."))
                .guestScope();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id)).filter(value -> value > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
