package dev.bookspace.integration;

import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Turns a presented API key into its organisation's integration scope. A global service
 * (allow-listed): the key is what tells which organisation is calling.
 */
@Stateless
public class ApiKeyAuthenticator {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /** The key's caller, or nothing for an unknown or revoked key. */
    public Optional<ApiCaller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 200) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery("ApiKey.findByHash", ApiKey.class)
                .setParameter("hash", ApiKey.hash(presentedKey.strip()))
                .getResultStream()
                .findFirst()
                .filter(key -> !key.isRevoked())
                .map(key -> {
                    key.markUsed(OffsetDateTime.now(ZoneOffset.UTC));
                    return new ApiCaller(key.getId(), key.getName(), new Scope(key.getOrganisationId(), null,
                            EnumSet.of(Role.INTEGRATION)));
                });
    }
}
