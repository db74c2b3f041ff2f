package dev.bookspace.identity;

import dev.bookspace.shared.Digests;
import dev.bookspace.shared.SealedSecretConverter;
import dev.bookspace.tenancy.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who signs in to an organisation's dashboard. Users are found by e-mail before any
 * organisation is known, so this entity is not tenant-filtered: only the identity services read it,
 * the global ones by address or id, and {@link StaffService} always with its scope's organisation.
 */
@Entity
@Table(name = "users")
// The person who signs in with an address: an invitation not yet accepted does not hold it.
@NamedQuery(name = "User.findByEmail", query = "SELECT u FROM User u WHERE u.email = :email AND u.invitationPending = false")
@NamedQuery(name = "User.findInOrganisation",
        query = "SELECT u FROM User u WHERE u.organisationId = :organisation AND u.email = :email")
@NamedQuery(name = "User.findByOrganisation",
        query = "SELECT u FROM User u WHERE u.organisationId = :organisation ORDER BY u.name, u.email")
@NamedQuery(name = "User.countByRole",
        query = "SELECT COUNT(u) FROM User u WHERE u.organisationId = :organisation AND u.role = :role")
public class User {

    /** Five wrong passwords in a row lock the account for a quarter of an hour ({@link SignInAttempts} counts them). */
    public static final int ATTEMPTS_BEFORE_LOCK = 5;
    public static final int LOCK_MINUTES = 15;
    private static final SecureRandom UNGUESSABLE = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    @Convert(converter = UserRoleConverter.class)
    private Role role;

    @Column(name = "email_verified_at")
    private OffsetDateTime emailVerifiedAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "invitation_pending", nullable = false)
    private boolean invitationPending;

    @Column(name = "sidebar_collapsed", nullable = false)
    private boolean sidebarCollapsed;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** The authenticator's secret (base 32) while two-factor sign-in is on; sealed in the database. */
    @Column(name = "totp_secret")
    @Convert(converter = SealedSecretConverter.class)
    private String totpSecret;

    /** A secret being set up, not yet confirmed by a code; sealed too. */
    @Column(name = "totp_pending_secret")
    @Convert(converter = SealedSecretConverter.class)
    private String totpPendingSecret;

    @Column(name = "totp_enabled_at")
    private OffsetDateTime totpEnabledAt;

    protected User() {
        // for JPA
    }

    User(long organisationId, String email, String name, String password, Role role, OffsetDateTime now) {
        if (role != Role.OWNER && role != Role.STAFF) {
            throw new IllegalArgumentException("A user is an owner or staff, not " + role);
        }
        this.organisationId = organisationId;
        this.email = normalise(email);
        this.name = Objects.requireNonNull(name, "name").strip();
        this.passwordHash = PasswordHasher.hash(password);
        this.role = role;
        this.createdAt = now;
    }

    /**
     * Someone an owner invited. Their password is a random secret nobody ever sees, hashed like any
     * other, so sign-in needs no special case: it simply never matches until the invitation link sets one.
     * Until then the address is not theirs across Bookspace: it may sign in to another organisation.
     */
    static User invited(long organisationId, String email, String name, Role role, OffsetDateTime now) {
        byte[] secret = new byte[32];
        UNGUESSABLE.nextBytes(secret);
        User invitee = new User(organisationId, email, name, HexFormat.of().formatHex(secret), role, now);
        invitee.invitationPending = true;
        return invitee;
    }

    /** The invitee chose their password through the mailed link: the address is now theirs to sign in with. */
    void acceptInvitation(String password, OffsetDateTime now) {
        resetPassword(password, now);
        invitationPending = false;
    }

    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** A new password, set through a mailed link: which also proves the address, and lifts a lock. */
    void resetPassword(String password, OffsetDateTime now) {
        passwordHash = PasswordHasher.hash(password);
        failedLogins = 0;
        lockedUntil = null;
        verifyEmail(now);
    }

    /** The owner made this person an owner or staff. */
    void changeRole(Role newRole) {
        if (newRole != Role.OWNER && newRole != Role.STAFF) {
            throw new IllegalArgumentException("A user is an owner or staff, not " + newRole);
        }
        this.role = newRole;
    }

    void verifyEmail(OffsetDateTime now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    /** Where the user left the dashboard's menu, kept across sessions and devices. */
    void rememberSidebar(boolean collapsed) {
        this.sidebarCollapsed = collapsed;
    }

    Account account() {
        return new Account(id, organisationId, name, email, role, emailVerifiedAt != null, sidebarCollapsed, sessionStamp(),
                totpEnabledAt != null);
    }

    boolean passwordMatches(String password) {
        return password != null && PasswordHasher.matches(password, passwordHash);
    }

    /** A new authenticator to confirm; how the person signs in does not change until they do. */
    void beginTwoFactor(String secret) {
        this.totpPendingSecret = Objects.requireNonNull(secret, "secret");
    }

    /** The authenticator being set up, confirmed by a code of {@code step}: it becomes the one that counts. */
    void switchOnTwoFactor(OffsetDateTime now) {
        if (totpPendingSecret == null) {
            throw new IllegalStateException("No authenticator is being set up");
        }
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        totpEnabledAt = now;
    }

    void switchOffTwoFactor() {
        totpSecret = null;
        totpPendingSecret = null;
        totpEnabledAt = null;
    }

    /** The secret of the authenticator that signs this person in, or null when two-factor sign-in is off. */
    String twoFactorSecret() {
        return totpSecret;
    }

    String pendingTwoFactorSecret() {
        return totpPendingSecret;
    }

    OffsetDateTime twoFactorSince() {
        return totpEnabledAt;
    }

    /**
     * What a session signed in with must still match: it changes with the password and the role, so a
     * password reset or change and a role change end every session signed in before it.
     */
    private String sessionStamp() {
        return Digests.sha256Hex(passwordHash + "|" + role.name()).substring(0, 16);
    }

    public Long getId() {
        return id;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getEmail() {
        return email;
    }

    String getName() {
        return name;
    }

    Role getRole() {
        return role;
    }
}
