package dev.bookspace.integration;

import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Remembers each Idempotency-Key's request and first answer. The claim commits on its own, so it is
 * visible to a concurrent twin at once; a refusal's answer too, so it survives the booking's rollback.
 * Native SQL naming {@code organisation_id}, because {@code INSERT … ON CONFLICT} is how exactly one
 * of ten simultaneous twins wins the claim.
 */
@Stateless
@TenantScoped
public class IdempotencyService {

    /** A key answers its first request again for this long; then it is free to use afresh, and swept away. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    /** Takes the key, or one used more than {@link #KEPT_FOR} ago (answered or stuck), as new. */
    private static final String CLAIM = """
            INSERT INTO idempotency_keys (organisation_id, api_key_id, idempotency_key, request_hash, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (organisation_id, api_key_id, idempotency_key) DO UPDATE
            SET request_hash = EXCLUDED.request_hash, response_status = NULL, response_body = NULL, created_at = EXCLUDED.created_at
            WHERE idempotency_keys.created_at < ?6""";
    private static final String FIND = """
            SELECT request_hash, response_status, response_body FROM idempotency_keys
            WHERE organisation_id = ?1 AND api_key_id = ?2 AND idempotency_key = ?3""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /** What became of claiming a key for a request. */
    public sealed interface Claim {
        /** This request is the first with the key: go on, then {@link #answer} or {@link #release}. */
        record Fresh() implements Claim {
        }

        /** The key was used with another request body. */
        record Mismatch() implements Claim {
        }

        /** The first request with the key is still being answered. */
        record InFlight() implements Claim {
        }

        /** The first request's answer, to send again. */
        record Replay(int status, String body) implements Claim {
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(Scope scope, long apiKeyId, String key, String requestHash) {
        Instant now = Instant.now();
        int inserted = entityManager.createNativeQuery(CLAIM)
                .setParameter(1, scope.organisationId())
                .setParameter(2, apiKeyId)
                .setParameter(3, key)
                .setParameter(4, requestHash)
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, Timestamp.from(now.minus(KEPT_FOR)))
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Fresh();
        }
        List<?> rows = entityManager.createNativeQuery(FIND)
                .setParameter(1, scope.organisationId())
                .setParameter(2, apiKeyId)
                .setParameter(3, key)
                .getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (!requestHash.equals(row[0])) {
            return new Claim.Mismatch();
        }
        return row[1] == null ? new Claim.InFlight() : new Claim.Replay(((Number) row[1]).intValue(), (String) row[2]);
    }

    /** Keeps the answer: in the booking's transaction for a 201, in one of its own for a refusal. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void answer(Scope scope, long apiKeyId, String key, int status, String body) {
        entityManager.createNativeQuery("""
                        UPDATE idempotency_keys SET response_status = ?4, response_body = ?5
                        WHERE organisation_id = ?1 AND api_key_id = ?2 AND idempotency_key = ?3""")
                .setParameter(1, scope.organisationId())
                .setParameter(2, apiKeyId)
                .setParameter(3, key)
                .setParameter(4, status)
                .setParameter(5, body)
                .executeUpdate();
    }

    /** The request failed on our side: forget the key, so the client's retry is tried afresh. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(Scope scope, long apiKeyId, String key) {
        entityManager.createNativeQuery(
                        "DELETE FROM idempotency_keys WHERE organisation_id = ?1 AND api_key_id = ?2 AND idempotency_key = ?3")
                .setParameter(1, scope.organisationId())
                .setParameter(2, apiKeyId)
                .setParameter(3, key)
                .executeUpdate();
    }
}
