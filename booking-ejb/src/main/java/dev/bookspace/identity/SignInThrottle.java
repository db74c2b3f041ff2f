package dev.bookspace.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins per client address, whichever accounts they tried: after {@value #SLOW_AFTER} in
 * {@value #WINDOW_MINUTES} minutes each further attempt waits a little longer, and after
 * {@value #REFUSE_AFTER} the address is refused for {@value #WINDOW_MINUTES} minutes. The per-account
 * lock stops guessing one password; this stops trying many accounts from one place. A global service
 * (allow-listed): an address is judged before anyone is known.
 */
@Stateless
public class SignInThrottle {

    static final int SLOW_AFTER = 10;
    static final int REFUSE_AFTER = 20;
    static final int WINDOW_MINUTES = 15;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(3);

    /** One statement, so concurrent failures from one address all count. */
    private static final String COUNT_FAILURE = """
            INSERT INTO sign_in_failures (address, failures, window_started) VALUES (?1, 1, ?2)
            ON CONFLICT (address) DO UPDATE SET
                failures = CASE WHEN sign_in_failures.window_started < ?3 THEN 1 ELSE sign_in_failures.failures + 1 END,
                window_started = CASE WHEN sign_in_failures.window_started < ?3 THEN ?2 ELSE sign_in_failures.window_started END,
                refused_until = CASE WHEN sign_in_failures.window_started >= ?3 AND sign_in_failures.failures + 1 >= ?4
                                     THEN ?5 ELSE sign_in_failures.refused_until END""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /**
     * What an address may do now.
     *
     * @param refusedUntil when it may try again, or null if it may try now
     * @param holdBack how long to hold this attempt back first
     */
    public record Verdict(Instant refusedUntil, Duration holdBack) {
    }

    public Verdict judge(String address) {
        Instant now = Instant.now();
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT failures, window_started, refused_until FROM sign_in_failures WHERE address = ?1")
                .setParameter(1, address)
                .getResultList();
        if (rows.isEmpty()) {
            return new Verdict(null, Duration.ZERO);
        }
        Object[] row = (Object[]) rows.get(0);
        Timestamp refusedUntil = (Timestamp) row[2];
        if (refusedUntil != null && refusedUntil.toInstant().isAfter(now)) {
            return new Verdict(refusedUntil.toInstant(), Duration.ZERO);
        }
        boolean windowOpen = ((Timestamp) row[1]).toInstant().isAfter(now.minus(Duration.ofMinutes(WINDOW_MINUTES)));
        int beyond = ((Number) row[0]).intValue() - SLOW_AFTER + 1;
        if (!windowOpen || beyond <= 0) {
            return new Verdict(null, Duration.ZERO);
        }
        Duration wait = Duration.ofSeconds(beyond);
        return new Verdict(null, wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public void countFailure(String address) {
        Instant now = Instant.now();
        entityManager.createNativeQuery(COUNT_FAILURE)
                .setParameter(1, address)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(Duration.ofMinutes(WINDOW_MINUTES))))
                .setParameter(4, REFUSE_AFTER)
                .setParameter(5, Timestamp.from(now.plus(Duration.ofMinutes(WINDOW_MINUTES))))
                .executeUpdate();
    }
}
