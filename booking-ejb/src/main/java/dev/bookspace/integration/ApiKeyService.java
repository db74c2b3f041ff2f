package dev.bookspace.integration;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.TextRules;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The organisation's API keys, for its owners only: create one (shown once), list them, revoke one. */
@Stateless
@TenantScoped
public class ApiKeyService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Event<ApiKeyRevoked> revoked;

    public NewApiKey create(Scope scope, String name) {
        requireOwner(scope);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100 || !TextRules.isOneLine(trimmed)) {
            throw new InvalidRequestException("name", "Name the key after what will use it, on one line of at most 100 characters.");
        }
        ApiKey.Issued issued = ApiKey.issue(scope.organisationId(), trimmed, OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.persist(issued.row());
        entityManager.flush();
        return new NewApiKey(issued.key(), issued.row().row());
    }

    public List<ApiKeyRow> list(Scope scope) {
        requireOwner(scope);
        return entityManager.createNamedQuery("ApiKey.listOf", ApiKey.class)
                .setParameter("organisation", scope.organisationId())
                .getResultStream()
                .map(ApiKey::row)
                .toList();
    }

    /** A revoked key answers 401 from its next request on. */
    public void revoke(Scope scope, long keyId) {
        requireOwner(scope);
        ApiKey key = entityManager.find(ApiKey.class, keyId);
        if (key == null || key.getOrganisationId() != scope.organisationId()) {
            throw new NotFoundException("There is no such API key.");
        }
        key.revoke(OffsetDateTime.now(ZoneOffset.UTC));
        revoked.fire(new ApiKeyRevoked(keyId));
    }

    private static void requireOwner(Scope scope) {
        if (!scope.has(Role.OWNER)) {
            throw new NotFoundException("There are no API keys to see here.");
        }
    }
}
