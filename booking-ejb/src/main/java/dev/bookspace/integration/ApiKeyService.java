package dev.bookspace.integration;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.TextRules;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
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

    @EJB
    private AuditTrail audit;

    public NewApiKey create(Scope scope, String name) {
        requireOwner(scope);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100 || !TextRules.isOneLine(trimmed)) {
            throw new InvalidRequestException("name", "Name the key after what will use it, on one line of at most 100 characters.")
                    .worded("apiKeys.name");
        }
        ApiKey.Issued issued = ApiKey.issue(scope.organisationId(), trimmed, OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.persist(issued.row());
        entityManager.flush();
        ApiKeyRow row = issued.row().row();
        audit.record(scope, "api_key.created", subject(row), null, fields(row));
        return new NewApiKey(issued.key(), row);
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
        ApiKeyRow before = key.row();
        key.revoke(OffsetDateTime.now(ZoneOffset.UTC));
        audit.record(scope, "api_key.revoked", subject(before), fields(before), fields(key.row()));
        revoked.fire(new ApiKeyRevoked(keyId));
    }

    /** Named as the dashboard shows a key: its name and the first characters of the key, never the key. */
    private static AuditSubject subject(ApiKeyRow key) {
        return AuditSubject.of("api_key", key.id(), key.name() + " (" + key.prefix() + "…)");
    }

    private static AuditFields fields(ApiKeyRow key) {
        return AuditFields.of().put("name", key.name()).put("prefix", key.prefix()).put("revoked_at", key.revokedAt());
    }

    private static void requireOwner(Scope scope) {
        if (!scope.has(Role.OWNER)) {
            throw new NotFoundException("There are no API keys to see here.");
        }
    }
}
