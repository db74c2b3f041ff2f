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
     * (and is still checked: a right password then lifts it).
     */
    private static final String COUNT = """
            UPDATE users SET
                failed_logins = CASE WHEN failed_logins + 1 >= ?1 THEN 0 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN failed_logins + 1 >= ?1 THEN CAST(?2 AS timestamptz) ELSE NULL END
            WHERE email = ?3 AND NOT invitation_pending AND (locked_until IS NULL OR locked_until <= ?4)
            RETURNING id, password_hash""";

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

    /** The right password: the count starts again and any lock this attempt set is lifted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(long userId) {
        entityManager.createNativeQuery("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
    }
}
