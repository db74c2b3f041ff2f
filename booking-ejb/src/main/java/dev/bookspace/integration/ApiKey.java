package dev.bookspace.integration;

import dev.bookspace.shared.Digests;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * An organisation's API key. Not a multitenant entity: a key is found by its hash before its
 * organisation is known; the owner's queries name the organisation themselves.
 */
@Entity
@Table(name = "api_keys")
@NamedQuery(name = "ApiKey.findByHash", query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash")
@NamedQuery(name = "ApiKey.listOf", query = "SELECT k FROM ApiKey k WHERE k.organisationId = :organisation ORDER BY k.createdAt DESC, k.id DESC")
public class ApiKey {

    /** Last use is written at most this often, so a busy key does not write on every request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String prefix;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ApiKey() {
        // for JPA
    }

    private ApiKey(long organisationId, String name, String prefix, String keyHash, OffsetDateTime now) {
        this.organisationId = organisationId;
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdAt = now;
    }

    /** A new key and its row: the caller shows the key once and persists the row. */
    record Issued(String key, ApiKey row) {
    }

    static Issued issue(long organisationId, String name, OffsetDateTime now) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String key = "bk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(key, new ApiKey(organisationId, name, key.substring(0, 10), hash(key), now));
    }

    static String hash(String key) {
        return Digests.sha256Hex(key);
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void markUsed(OffsetDateTime now) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    ApiKeyRow row() {
        return new ApiKeyRow(id, name, prefix, createdAt, lastUsedAt, revokedAt);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }
}
