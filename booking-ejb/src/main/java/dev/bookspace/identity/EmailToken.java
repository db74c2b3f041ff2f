package dev.bookspace.identity;

import dev.bookspace.shared.Digests;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * A single-use, expiring link mailed to a user. Only its SHA-256 is stored; the token itself exists
 * in the e-mail alone.
 */
@Entity
@Table(name = "email_tokens")
@NamedQuery(name = "EmailToken.findByHash", query = "SELECT t FROM EmailToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "EmailToken.countSince", query = """
        SELECT COUNT(t) FROM EmailToken t WHERE t.user = :user AND t.purpose = :purpose AND t.createdAt > :since""")
@NamedQuery(name = "EmailToken.deleteByUser", query = "DELETE FROM EmailToken t WHERE t.user = :user")
// One conditional statement spends a link: of two requests racing with it, the database lets one win.
@NamedQuery(name = "EmailToken.spend", query = """
        UPDATE EmailToken t SET t.usedAt = :now
        WHERE t.tokenHash = :hash AND t.purpose = :purpose AND t.usedAt IS NULL AND t.expiresAt > :now""")
// The links of that purpose the user was sent before (or after) the one spent are worth nothing now.
@NamedQuery(name = "EmailToken.retireOthers", query = """
        UPDATE EmailToken t SET t.usedAt = :now WHERE t.user = :user AND t.purpose = :purpose AND t.usedAt IS NULL""")
public class EmailToken {

    static final String VERIFY_EMAIL = "verify_email";
    static final String RESET_PASSWORD = "reset_password";
    static final String INVITATION = "invitation";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected EmailToken() {
        // for JPA
    }

    private EmailToken(User user, String purpose, String tokenHash, OffsetDateTime now, OffsetDateTime expiresAt) {
        this.organisationId = user.getOrganisationId();
        this.user = user;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** A token and the row that stands for it; the caller mails the token and persists the row. */
    record Issued(String token, EmailToken row) {
    }

    static Issued issue(User user, String purpose, OffsetDateTime now, OffsetDateTime expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, new EmailToken(user, purpose, hash(token), now, expiresAt));
    }

    static String hash(String token) {
        return Digests.sha256Hex(token);
    }

    /** Whether the token still works for this purpose: not used, not expired. */
    boolean isUsable(String expectedPurpose, OffsetDateTime now) {
        return purpose.equals(expectedPurpose) && usedAt == null && expiresAt.isAfter(now);
    }

    User getUser() {
        return user;
    }
}
