package dev.bookspace.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Counts an account's sign-in attempts before their password is checked, each in one statement
 * committed at once: of K attempts sent together, every one counts, so the lock after
 * {@value User#ATTEMPTS_BEFORE_LOCK} wrong passwords allows {@value User#ATTEMPTS_BEFORE_LOCK} guesses,
 * not {@value User#ATTEMPTS_BEFORE_LOCK} times K. The counting commits before the slow hash, so the
 * user's row is locked for a statement, never for a hash. A global service (allow-listed): it reads
 * users by address before anyone is known.
 */
@Stateless
public class SignInAttempts {

    /**
     * Counts one attempt unless the account is locked; the attempt that reaches the limit sets the lock
     * (and is still checked: a right password or code then lifts it).
     */
    private static final String COUNT_ONE = """
            UPDATE users SET
                failed_logins = CASE WHEN failed_logins + 1 >= ?1 THEN 0 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN failed_logins + 1 >= ?1 THEN CAST(?2 AS timestamptz) ELSE NULL END
            WHERE (locked_until IS NULL OR locked_until <= ?4) AND """;
    /** A password attempt: a pending invitation shares its address with no one's sign-in, so it is not counted. */
    private static final String COUNT = COUNT_ONE + " email = ?3 AND NOT invitation_pending RETURNING id, password_hash";
    /** A second-factor code, or a password confirming a change, of someone already known by id. */
    private static final String COUNT_BY_ID = COUNT_ONE + " id = ?3";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /**
     * An attempt counted against an account.
     *
     * @param userId whose
     * @param passwordHash to check the password against, outside any transaction
     */
    public record Counted(long userId, String passwordHash) {
    }

    /** Counts the attempt; empty when the address has no account or the account is locked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Counted> count(String email, OffsetDateTime now) {
        List<?> rows = entityManager.createNativeQuery(COUNT)
                .setParameter(1, User.ATTEMPTS_BEFORE_LOCK)
                .setParameter(2, Timestamp.from(now.plusMinutes(User.LOCK_MINUTES).toInstant()))
                .setParameter(3, User.normalise(email))
                .setParameter(4, Timestamp.from(now.toInstant()))
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> (Object[]) row)
                .map(row -> new Counted(((Number) row[0]).longValue(), (String) row[1]));
    }

    /**
     * Counts a two-factor code (or a password confirming a change) against the same lock as passwords:
     * five wrong in a row lock the account. False, and not counted, when the account is locked.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean countFor(long userId, OffsetDateTime now) {
        return entityManager.createNativeQuery(COUNT_BY_ID)
                .setParameter(1, User.ATTEMPTS_BEFORE_LOCK)
                .setParameter(2, Timestamp.from(now.plusMinutes(User.LOCK_MINUTES).toInstant()))
                .setParameter(3, userId)
                .setParameter(4, Timestamp.from(now.toInstant()))
                .executeUpdate() == 1;
    }

    /**
     * The right password or code: the count starts again and any lock this attempt set is lifted. In the
     * caller's transaction when it has one: a code's check holds the user's row (it took the code's time
     * step), so a transaction of its own would wait for it forever.
     */
    public void clear(long userId) {
        entityManager.createNativeQuery("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
    }
}
