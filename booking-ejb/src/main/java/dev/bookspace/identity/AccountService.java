package dev.bookspace.identity;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Signs people in and verifies their addresses. A global service (allow-listed): a person signs in
 * before their organisation is known; the {@link Account} it answers is what the dashboard's scope is
 * made from.
 */
@Stateless
public class AccountService {

    static final int VERIFICATION_HOURS = 24;
    static final int RESET_MINUTES = 60;
    static final int MIN_PASSWORD_LENGTH = 12;
    /** Verification mails one address can ask for in an hour. */
    static final int RESENDS_PER_HOUR = 3;

    /** Checked against when the address is unknown, so a wrong address costs as long as a wrong password. */
    private static final String DECOY_HASH = PasswordHasher.hash("no such user, no such password");

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Event<VerificationMail> verificationMails;

    @Inject
    private Event<PasswordResetMail> resetMails;

    @Inject
    private PublicUrls urls;

    /** What a sign-in attempt came to. */
    public sealed interface SignIn {
        /** The password matched. */
        record Accepted(Account account) implements SignIn {
        }

        /** Wrong address or password; which one is not said. */
        record Refused() implements SignIn {
        }

        /** Too many wrong passwords: refused whatever the password, until the lock ends. */
        record Locked(OffsetDateTime until) implements SignIn {
        }
    }

    public SignIn signIn(String email, String password) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<User> user = byEmail(email);
        if (user.isEmpty() || password == null) {
            PasswordHasher.matches(String.valueOf(password), DECOY_HASH);
            return new SignIn.Refused();
        }
        if (user.get().signIn(password, now)) {
            return new SignIn.Accepted(user.get().account());
        }
        return user.get().isLocked(now) ? new SignIn.Locked(user.get().lockedUntil()) : new SignIn.Refused();
    }

    /** Whether an address is locked after too many wrong passwords: {@link SignIn.Locked}, or refused as unknown. */
    public SignIn lockedUntil(String email) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return byEmail(email).filter(user -> user.isLocked(now))
                .<SignIn>map(user -> new SignIn.Locked(user.lockedUntil()))
                .orElse(new SignIn.Refused());
    }

    /** The account of a signed-in principal, read afresh on each request (a role may have changed). */
    public Optional<Account> find(long userId) {
        return Optional.ofNullable(entityManager.find(User.class, userId)).map(User::account);
    }

    /** Who a scope acts as, as a booking's history names them: the signed-in person, or an API integration. */
    public String actorName(Scope scope) {
        if (scope.userId() == null) {
            return "An API integration";
        }
        return find(scope.userId()).map(Account::name).orElse("Staff");
    }

    /** Remembers whether a user keeps the dashboard's menu closed; only ever their own, by their principal. */
    public void rememberSidebar(long userId, boolean collapsed) {
        Optional.ofNullable(entityManager.find(User.class, userId)).ifPresent(user -> user.rememberSidebar(collapsed));
    }

    /** Spends a verification link; answers the verified account, or nothing for a used, expired or unknown link. */
    public Optional<Account> verifyEmail(String token) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return link(token)
                .filter(link -> link.use(EmailToken.VERIFY_EMAIL, now))
                .map(link -> {
                    link.getUser().verifyEmail(now);
                    return link.getUser().account();
                });
    }

    /** Mails a fresh verification link, at most {@value #RESENDS_PER_HOUR} an hour. */
    public void resendVerification(long userId) {
        User user = entityManager.find(User.class, userId);
        if (user == null || user.account().verified()) {
            return;
        }
        if (linksInTheLastHour(user, EmailToken.VERIFY_EMAIL) >= RESENDS_PER_HOUR) {
            throw new InvalidRequestException("email", "We have sent " + RESENDS_PER_HOUR
                    + " links in the last hour; please use one of them, or try again later.");
        }
        issueVerification(user);
    }

    /**
     * Mails a password reset link if the address has an account. Says nothing either way, so the
     * page cannot be used to learn who has an account; at most {@value #RESENDS_PER_HOUR} links an hour.
     */
    public void requestPasswordReset(String email) {
        byEmail(email).filter(user -> linksInTheLastHour(user, EmailToken.RESET_PASSWORD) < RESENDS_PER_HOUR)
                .ifPresent(user -> {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    EmailToken.Issued link = EmailToken.issue(user, EmailToken.RESET_PASSWORD, now, now.plusMinutes(RESET_MINUTES));
                    entityManager.persist(link.row());
                    resetMails.fire(new PasswordResetMail(user.getEmail(), user.getName(),
                            urls.of("/reset-password.xhtml?token=" + link.token())));
                });
    }

    /** Sets a new password with a reset link; answers false for a used, expired or unknown link. */
    public boolean resetPassword(String token, String password) {
        return setPasswordWith(token, EmailToken.RESET_PASSWORD, password);
    }

    /**
     * The person an invitation link is for, while it is unused and unexpired: the page greets them and
     * asks for a password, or says at once that the link no longer works. Global like the password
     * reset: the invitee has not signed in, and the link alone names their organisation.
     */
    public Optional<Account> findInvitation(String token) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return link(token).filter(link -> link.isUsable(EmailToken.INVITATION, now)).map(link -> link.getUser().account());
    }

    /**
     * Sets an invited person's first password, under the same rule as a reset; the link came to their
     * address, so it is verified too. Answers false for a used, expired or unknown link.
     */
    public boolean acceptInvitation(String token, String password) {
        return setPasswordWith(token, EmailToken.INVITATION, password);
    }

    private boolean setPasswordWith(String token, String purpose, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException("password", "Use a password of at least 12 characters.");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return link(token)
                .filter(link -> link.use(purpose, now))
                .map(link -> {
                    link.getUser().resetPassword(password, now);
                    return true;
                })
                .orElse(false);
    }

    private Optional<EmailToken> link(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery("EmailToken.findByHash", EmailToken.class)
                .setParameter("hash", EmailToken.hash(token.strip()))
                .getResultStream()
                .findFirst();
    }

    /** Mails a verification link to a new user; the sign-up calls it in its own transaction. */
    public void sendVerification(long userId) {
        issueVerification(entityManager.find(User.class, userId));
    }

    private void issueVerification(User user) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EmailToken.Issued link = EmailToken.issue(user, EmailToken.VERIFY_EMAIL, now, now.plusHours(VERIFICATION_HOURS));
        entityManager.persist(link.row());
        verificationMails.fire(new VerificationMail(user.getEmail(), user.getName(),
                urls.of("/verify-email.xhtml?token=" + link.token())));
    }

    private long linksInTheLastHour(User user, String purpose) {
        return entityManager.createNamedQuery("EmailToken.countSince", Long.class)
                .setParameter("user", user)
                .setParameter("purpose", purpose)
                .setParameter("since", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .getSingleResult();
    }

    private Optional<User> byEmail(String email) {
        return entityManager.createNamedQuery("User.findByEmail", User.class)
                .setParameter("email", User.normalise(email))
                .getResultStream()
                .findFirst();
    }
}
