package dev.bookspace.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The second step of signing in, for people with two-factor sign-in on, after their password was
 * right: a code from their authenticator or a recovery code, or a device they chose to remember. Each
 * code is counted against the same lock as passwords before it is checked ({@link SignInAttempts}), and
 * the count starts again only when the whole sign-in succeeds. A global service (allow-listed): the
 * person is known by id from their password, but no session is signed in yet.
 */
@Stateless
public class SignInCodes {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private SignInAttempts attempts;

    /** What a typed code came to. */
    public sealed interface Check {
        /** Right: the sign-in may complete. */
        record Accepted(Account account) implements Check {
        }

        /** Neither a current code nor an unused recovery code. */
        record Wrong() implements Check {
        }

        /** The code of a time step already used: a code works once. */
        record Replayed() implements Check {
        }

        /** Too many wrong passwords or codes: the account is locked, and this code was not tried. */
        record Locked() implements Check {
        }
    }

    public Check check(long userId, String typed) {
        Instant now = Instant.now();
        if (!attempts.countFor(userId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))) {
            return new Check.Locked();
        }
        User user = entityManager.find(User.class, userId);
        if (user == null) {
            return new Check.Wrong();
        }
        SecondFactor.Outcome outcome = SecondFactor.spend(entityManager, user, typed, now);
        if (outcome == SecondFactor.Outcome.REPLAYED) {
            return new Check.Replayed();
        }
        if (!outcome.accepted()) {
            return new Check.Wrong();
        }
        attempts.clear(userId);
        return new Check.Accepted(user.account());
    }

    /**
     * Whether this device was remembered by this person (a token remembered for someone else counts for
     * nothing); when it was, the sign-in is complete and the count of attempts starts again.
     */
    public boolean signInOnRememberedDevice(long userId, String deviceToken) {
        User user = entityManager.find(User.class, userId);
        if (user == null || user.twoFactorSecret() == null || !SecondFactor.remembers(entityManager, user, deviceToken, Instant.now())) {
            return false;
        }
        attempts.clear(userId);
        return true;
    }

    /** Remembers the device this person just signed in on; answers the token its cookie keeps. */
    public String rememberDevice(long userId) {
        return SecondFactor.rememberDevice(entityManager, entityManager.find(User.class, userId), Instant.now());
    }
}
