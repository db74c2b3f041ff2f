package dev.bookspace.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds organisations by their public identifier or id, before any tenant is known: the public
 * pages and the API start here to make their {@link dev.bookspace.tenancy.Scope}. It is one of the
 * few global services, so it is not tenant-scoped, and it reads only the (non-tenant) organisations.
 */
@Stateless
public class OrganisationDirectory {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    public Optional<OrganisationSummary> findByIdentifier(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery("Organisation.findByIdentifier", Organisation.class)
                .setParameter("identifier", identifier)
                .getResultStream()
                .findFirst()
                .map(OrganisationSummary::of);
    }

    /** The oldest organisation: the one whose public rooms page a starting node draws once (web's PageWarmUp). */
    public Optional<OrganisationSummary> oldest() {
        return entityManager.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(OrganisationSummary::of);
    }

    public Optional<OrganisationSummary> findById(long id) {
        return Optional.ofNullable(entityManager.find(Organisation.class, id)).map(OrganisationSummary::of);
    }
}
