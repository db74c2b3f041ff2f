package dev.bookspace.web.identity;

import dev.bookspace.identity.Account;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in halfway: the password was right, the code is still to come. Kept in the (not yet signed-in)
 * session, it signs nobody in and opens nothing of the dashboard; it only lets the code page know whose
 * code to check, for {@value #MINUTES} minutes.
 *
 * @param userId whose password was right
 * @param principalName the principal it was right under: changed since, the sign-in is refused
 * @param expiresAt when the code page stops taking codes for it
 * @param next the dashboard page asked for before signing in
 */
record PendingSignIn(long userId, String principalName, Instant expiresAt, String next) implements Serializable {

    static final int MINUTES = 5;
    private static final String ATTRIBUTE = PendingSignIn.class.getName();

    static void start(HttpSession session, Account account, String next, Instant now) {
        session.setAttribute(ATTRIBUTE, new PendingSignIn(account.userId(), account.principalName(),
                now.plus(Duration.ofMinutes(MINUTES)), next));
    }

    /** The sign-in waiting for its code in this session, unless it has expired. */
    static Optional<PendingSignIn> find(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        return pending.isExpired(now) ? Optional.empty() : Optional.of(pending);
    }

    static void end(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
