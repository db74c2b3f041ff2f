package dev.bookspace.identity;

import dev.bookspace.audit.AuditTrail;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.shared.TextRules;
import dev.bookspace.shared.UniqueViolation;
import dev.bookspace.tenancy.Actor;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
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

    @EJB
    private AuditTrail audit;

    @EJB
    private SignInAttempts attempts;

    /** The one answer to an unknown address, a wrong password and a locked account alike. */
    public static final String SIGN_IN_REFUSED = "That e-mail address and password do not match an account. After "
            + User.ATTEMPTS_BEFORE_LOCK + " wrong passwords in a row an account is locked for " + User.LOCK_MINUTES + " minutes.";

    /** Why an invitation cannot be accepted, told only to the person holding the link. */
    public static final String SIGNS_IN_ELSEWHERE = "This address already signs in to Bookspace with another organisation, "
            + "and an address has one sign-in. Sign in with it there, or ask whoever invited you to invite another of your addresses.";

    /** What a sign-in attempt came to. */
    public sealed interface SignIn {
        /** The password matched; with two-factor sign-in on, a code must follow. */
        record Accepted(Account account) implements SignIn {
        }

        /**
         * Refused: an unknown address, a wrong password, or a locked account, which are not told apart,
         * in words or in time, so that nobody learns from the answer whether an address has an account.
         */
        record Refused() implements SignIn {
        }
    }

    /**
     * The attempt is counted first, in its own transaction, then the password is checked holding no
     * transaction or connection. An unknown address and a locked account still spend a hash, so they
     * answer as slowly as a wrong password.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignIn signIn(String email, String password) {
        Optional<SignInAttempts.Counted> counted = password == null || email == null
                ? Optional.empty()
                : attempts.count(email, OffsetDateTime.now(ZoneOffset.UTC));
        if (counted.isEmpty()) {
            PasswordHasher.matches(String.valueOf(password), DECOY_HASH);
            return new SignIn.Refused();
        }
        if (!PasswordHasher.matches(password, counted.get().passwordHash())) {
            return new SignIn.Refused();
        }
        Optional<Account> account = find(counted.get().userId());
        // With two-factor sign-in on, the attempt counts until its code is right too: a right password
        // alone must not start the count again, or codes could be guessed between passwords unlocked.
        if (account.isPresent() && !account.get().twoFactor()) {
            attempts.clear(counted.get().userId());
        }
        return account.<SignIn>map(SignIn.Accepted::new).orElse(new SignIn.Refused());
    }

    /** The account of a signed-in principal, read afresh on each request (a role may have changed). */
    public Optional<Account> find(long userId) {
        return Optional.ofNullable(entityManager.find(User.class, userId)).map(User::account);
    }

    /** Who a scope acts as, as a booking's history names them: the signed-in person, or an API integration. */
    public String actorName(Scope scope) {
        if (scope.userId() == null) {
            return scope.actor().kind() == Actor.Kind.API_KEY && scope.actor().id() != null
                    ? "API key " + scope.actor().label() : "An API integration";
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
        return spend(token, EmailToken.VERIFY_EMAIL, now).map(user -> {
            user.verifyEmail(now);
            return user.account();
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
                    + " links in the last hour; please use one of them, or try again later.")
                    .worded("account.tooManyLinks", RESENDS_PER_HOUR);
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
        requireStrong(password);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<User> invitee = spend(token, EmailToken.INVITATION, now);
        invitee.ifPresent(user -> {
            user.acceptInvitation(password, now);
            SecondFactor.forgetDevices(entityManager, user);
            try {
                entityManager.flush();
            } catch (PersistenceException e) {
                // The address began to sign in elsewhere since the page said it was free.
                if (UniqueViolation.causedBy(e)) {
                    throw new InvalidRequestException("password", SIGNS_IN_ELSEWHERE).worded("account.signsInElsewhere");
                }
                throw e;
            }
            // The person now acts in their organisation: their joining is theirs in its audit log.
            audit.record(user.account().scope(), "staff.joined", StaffAudit.subject(user), null, StaffAudit.fields(user));
        });
        return invitee.isPresent();
    }

    /**
     * Whether the address an invitation went to already signs in to Bookspace, with another
     * organisation: one address has one sign-in, so the invitee cannot accept. Only the invitation
     * page asks, which only the address's owner can open; the owner who invited is never told.
     */
    public boolean signsInElsewhere(Account invitee) {
        return byEmail(invitee.email()).filter(user -> !user.getId().equals(invitee.userId())).isPresent();
    }

    private boolean setPasswordWith(String token, String purpose, String password) {
        requireStrong(password);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return spend(token, purpose, now).map(user -> {
            user.resetPassword(password, now);
            // A device remembered under the old password would let whoever holds it skip the code.
            SecondFactor.forgetDevices(entityManager, user);
            return true;
        }).orElse(false);
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException("password", "Use a password of at least 12 characters.").worded("{bookspace.signup.password.size}");
        }
    }

    /**
     * Spends a link with one conditional update, so two requests racing with the same link cannot both
     * win, and retires the user's other unused links of that purpose: an older reset link is worth
     * nothing once a newer one was used. Answers the user, or nothing for a used, expired or unknown link.
     */
    private Optional<User> spend(String token, String purpose, OffsetDateTime now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = EmailToken.hash(token.strip());
        int spent = entityManager.createNamedQuery("EmailToken.spend")
                .setParameter("hash", hash)
                .setParameter("purpose", purpose)
                .setParameter("now", now)
                .executeUpdate();
        if (spent == 0) {
            return Optional.empty();
        }
        User user = link(token).orElseThrow().getUser();
        entityManager.createNamedQuery("EmailToken.retireOthers")
                .setParameter("user", user)
                .setParameter("purpose", purpose)
                .setParameter("now", now)
                .executeUpdate();
        return Optional.of(user);
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
        if (email == null || !TextRules.isOneLine(email)) {
            return Optional.empty(); // no account has one, and PostgreSQL refuses a NUL in a query as an error
        }
        return entityManager.createNamedQuery("User.findByEmail", User.class)
                .setParameter("email", User.normalise(email))
                .getResultStream()
                .findFirst();
    }
}
