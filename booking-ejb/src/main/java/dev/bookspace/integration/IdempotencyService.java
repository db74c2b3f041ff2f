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
 * of ten simultaneous twins wins the claim. The booking's transaction holds the key's row locked while it
 * runs ({@link #holdDuringBooking}), so a twin's claim waits for its outcome, and a claim nobody holds and nobody
 * answered is known abandoned: its request died with its server, or failed while the database was out of reach
 * and could not let the key go. The same request with that key is then taken afresh, so the client's retry books
 * once instead of being told "in flight" for a day.
 */
@Stateless
@TenantScoped
public class IdempotencyService {

    /** A key answers its first request again for this long; then it is free to use afresh, and swept away. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    /**
     * A claim unanswered this long after it was made, and not held by a booking's transaction, is abandoned: a
     * live request locks its key within milliseconds of claiming it (this leaves room for a loaded server).
     */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(10);

    /**
     * Takes the key, or one used more than {@link #KEPT_FOR} ago (answered or stuck), as new; or an abandoned claim
     * of the same request. ON CONFLICT locks the existing row first, so it waits for a booking that holds it.
     */
    private static final String CLAIM = """
            INSERT INTO idempotency_keys (organisation_id, api_key_id, idempotency_key, request_hash, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (organisation_id, api_key_id, idempotency_key) DO UPDATE
            SET request_hash = EXCLUDED.request_hash, response_status = NULL, response_body = NULL, created_at = EXCLUDED.created_at
            WHERE idempotency_keys.created_at < ?6
               OR (idempotency_keys.response_status IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
                   AND idempotency_keys.created_at < ?7)""";
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
                .setParameter(7, Timestamp.from(now.minus(ABANDONED_AFTER)))
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

    /**
     * Locks the claimed key's row for the rest of the caller's transaction, the booking's: a twin's claim waits
     * for the booking's outcome, and a claim no transaction holds can be told from one in progress.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdDuringBooking(Scope scope, long apiKeyId, String key) {
        entityManager.createNativeQuery("""
                        SELECT 1 FROM idempotency_keys
                        WHERE organisation_id = ?1 AND api_key_id = ?2 AND idempotency_key = ?3 FOR UPDATE""")
                .setParameter(1, scope.organisationId())
                .setParameter(2, apiKeyId)
                .setParameter(3, key)
                .getResultList();
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
