package dev.bookspace.identity;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The signed-in person's own two-factor sign-in, on the dashboard's Security page: set up an
 * authenticator (confirmed by a code before it counts), recovery codes shown once, remembered devices,
 * and turning it off, which takes their password or a code. Always the scope's own user, never another.
 */
@Stateless
@TenantScoped
public class TwoFactorService {

    static final String ISSUER = "Bookspace";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private SignInAttempts attempts;

    @EJB
    private AuditTrail audit;

    /**
     * Where the person stands. Serializable: the security page keeps it in the session, which a cluster
     * replicates.
     *
     * @param on whether signing in takes a code
     * @param since when it was turned on, or null
     * @param recoveryCodesLeft unused recovery codes
     * @param rememberedDevices devices that skip the code now
     * @param required whether the organisation requires it of everyone
     */
    public record Status(boolean on, OffsetDateTime since, int recoveryCodesLeft, int rememberedDevices, boolean required)
            implements Serializable {
    }

    /**
     * An authenticator being set up.
     *
     * @param secret the secret in base 32, for typing into an app
     * @param address the {@code otpauth://} address a QR code carries; the page draws it, nothing else keeps it
     */
    public record Enrolment(String secret, String address) {
    }

    public Status status(Scope scope) {
        User user = self(scope);
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        return new Status(user.twoFactorSecret() != null, user.twoFactorSince(),
                SecondFactor.recoveryCodesLeft(entityManager, user),
                SecondFactor.rememberedDevices(entityManager, user, Instant.now()), organisation.requiresTwoFactor());
    }

    /** A new secret to scan; how the person signs in changes only when a code confirms it. */
    public Enrolment beginEnrolment(Scope scope) {
        User user = self(scope);
        byte[] secret = new byte[TwoFactorCodes.SECRET_BYTES];
        RANDOM.nextBytes(secret);
        user.beginTwoFactor(Base32.encode(secret));
        return enrolmentOf(user);
    }

    /** The authenticator being set up, if one is. */
    public Optional<Enrolment> enrolment(Scope scope) {
        User user = self(scope);
        return Optional.ofNullable(user.pendingTwoFactorSecret()).map(secret -> enrolmentOf(user));
    }

    /**
     * Turns two-factor sign-in on with the authenticator being set up, once a current code of it is typed;
     * answers the recovery codes, to be shown this once. Devices remembered before are forgotten.
     */
    public List<String> confirmEnrolment(Scope scope, String code) {
        User user = self(scope);
        if (user.pendingTwoFactorSecret() == null) {
            throw new InvalidRequestException("code", "Start the set-up again: scan the new code, then enter what your app shows.")
                    .worded("twoFactor.restart");
        }
        OptionalLong step = TwoFactorCodes.matchingStep(Base32.decode(user.pendingTwoFactorSecret()), code, Instant.now());
        if (step.isEmpty()) {
            throw new InvalidRequestException("code", "That code does not match. Enter the 6 digits your app shows now;"
                    + " if it still fails, check that your phone's clock is set automatically.").worded("twoFactor.noMatch");
        }
        if (!SecondFactor.takeStep(entityManager, user, step.getAsLong())) {
            throw new InvalidRequestException("code", "That code was used already. Enter the next one your app shows.").worded("twoFactor.used");
        }
        user.switchOnTwoFactor(OffsetDateTime.now(ZoneOffset.UTC));
        SecondFactor.forgetDevices(entityManager, user);
        recordTwoFactor(scope, user, false, true);
        return SecondFactor.issueRecoveryCodes(entityManager, user);
    }

    /** New recovery codes in place of the old, confirmed by the password or a code; answers them, to be shown once. */
    public List<String> renewRecoveryCodes(Scope scope, String passwordOrCode) {
        User user = self(scope);
        confirm(user, passwordOrCode);
        audit.record(scope, "staff.recovery_codes_renewed", StaffAudit.subject(user), null, null);
        return SecondFactor.issueRecoveryCodes(entityManager, user);
    }

    /** Turns two-factor sign-in off, confirmed by the password or a code; its recovery codes and remembered devices go with it. */
    public void turnOff(Scope scope, String passwordOrCode) {
        User user = self(scope);
        confirm(user, passwordOrCode);
        user.switchOffTwoFactor();
        SecondFactor.deleteRecoveryCodes(entityManager, user);
        SecondFactor.forgetDevices(entityManager, user);
        recordTwoFactor(scope, user, true, false);
    }

    /** Forgets every device the person chose to remember; answers how many. */
    public int forgetDevices(Scope scope) {
        User user = self(scope);
        audit.record(scope, "staff.devices_forgotten", StaffAudit.subject(user), null, null);
        return SecondFactor.forgetDevices(entityManager, user);
    }

    /** How a person signs in is the organisation's business: its audit log shows two-factor sign-in going on and off. */
    private void recordTwoFactor(Scope scope, User user, boolean before, boolean after) {
        audit.record(scope, after ? "staff.two_factor_on" : "staff.two_factor_off", StaffAudit.subject(user),
                AuditFields.of().put("two_factor", before), AuditFields.of().put("two_factor", after));
    }

    /**
     * The person proves it is them, not someone at a session they left open: their password, a current
     * code or a recovery code, each try counted against the sign-in lock.
     */
    private void confirm(User user, String passwordOrCode) {
        if (passwordOrCode == null || passwordOrCode.isBlank()) {
            throw new InvalidRequestException("confirmation", "Enter your password, or a code from your app, to confirm.").worded("twoFactor.confirm");
        }
        Instant now = Instant.now();
        if (!attempts.countFor(user.getId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))) {
            throw new InvalidRequestException("confirmation", "Too many wrong tries: your account is locked for "
                    + User.LOCK_MINUTES + " minutes. Try again after that.").worded("twoFactor.locked", User.LOCK_MINUTES);
        }
        if (!user.passwordMatches(passwordOrCode) && !SecondFactor.spend(entityManager, user, passwordOrCode, now).accepted()) {
            throw new InvalidRequestException("confirmation", "That is neither your password nor a current code from your app.")
                    .worded("twoFactor.neither");
        }
        attempts.clear(user.getId());
    }

    private static Enrolment enrolmentOf(User user) {
        String secret = user.pendingTwoFactorSecret();
        String label = URLEncoder.encode(ISSUER + ":" + user.getEmail(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + TwoFactorCodes.DIGITS + "&period=" + TwoFactorCodes.STEP.getSeconds());
    }

    /** The scope's own user: a dashboard scope always names one. */
    private User self(Scope scope) {
        User user = entityManager.find(User.class, scope.userId());
        if (user == null || user.getOrganisationId() != scope.organisationId()) {
            throw new IllegalStateException("A dashboard scope names its own user");
        }
        return user;
    }
}
