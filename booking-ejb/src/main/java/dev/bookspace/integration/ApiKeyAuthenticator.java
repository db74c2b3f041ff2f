package dev.bookspace.integration;

import dev.bookspace.tenancy.Scope;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a presented API key into its organisation's integration scope. A global service
 * (allow-listed): the key is what tells which organisation is calling.
 * <p>
 * A key found is remembered for {@link #FRESH_FOR}, so that an integration's every request does not
 * read its key again: that read was a third of the database's work for an availability search
 * (bench/RESULTS.md). Only keys that exist are remembered, so made-up keys cannot fill the memory. A
 * key revoked on this server is refused from the next request after the revocation commits; on a
 * cluster, another server may accept it for up to {@link #FRESH_FOR} more, which is why that is a few
 * seconds: a busy integration's key is still read once in a few seconds instead of on every request, and
 * a revocation reaches every node within the bound without any message between nodes (the cluster test
 * revokes on one node and is refused on the other). The last use is recorded when the key is read, so
 * the dashboard's "last used" may lag by up to about a minute.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApiKeyAuthenticator {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Found(ApiCaller caller, Instant readAt) {
    }

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    private final Map<String, Found> recent = new ConcurrentHashMap<>();
    /** Keys revoked lately, by id: a read that began before a revocation committed must not remember its key after. */
    private final Map<Long, Instant> revoked = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** The key's caller, or nothing for an unknown or revoked key. */
    public Optional<ApiCaller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 200) {
            return Optional.empty();
        }
        String hash = ApiKey.hash(presentedKey.strip());
        Instant now = clock.instant();
        Found found = recent.get(hash);
        if (found != null && found.readAt().plus(FRESH_FOR).isAfter(now)) {
            return Optional.of(found.caller());
        }
        Optional<ApiCaller> caller = read(hash, now);
        caller.ifPresentOrElse(known -> remember(hash, new Found(known, now)), () -> recent.remove(hash));
        return caller;
    }

    /** Remembers a key read, unless it was revoked meanwhile: checked after the put, as {@link #forget} removes after its mark. */
    private void remember(String hash, Found found) {
        recent.put(hash, found);
        if (revoked.containsKey(found.caller().keyId())) {
            recent.remove(hash);
        }
    }

    /**
     * Forgets a revoked key once the revocation commits, so that its next request on this server
     * answers 401; forgetting it before could let a request in between remember it again.
     */
    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyRevoked revocation) {
        Instant now = clock.instant();
        revoked.put(revocation.keyId(), now);
        recent.values().removeIf(found -> found.caller().keyId() == revocation.keyId());
        revoked.values().removeIf(at -> at.plus(FRESH_FOR).isBefore(now));
    }

    private Optional<ApiCaller> read(String hash, Instant now) {
        return entityManager.createNamedQuery("ApiKey.findByHash", ApiKey.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .filter(key -> !key.isRevoked())
                .map(key -> {
                    key.markUsed(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    return new ApiCaller(key.getId(), key.getName(),
                            Scope.ofApiKey(key.getOrganisationId(), key.getId(), key.getName()));
                });
    }
}
