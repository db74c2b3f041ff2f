package dev.bookspace.identity;

import dev.bookspace.shared.ClientNetwork;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in attempts per client network (an IPv4 address, or an IPv6 /64, which one subscriber usually
 * has whole), whichever accounts they tried: after {@value #SLOW_AFTER} failures in
 * {@value #WINDOW_MINUTES} minutes each further attempt waits a step longer (a second, up to
 * {@value #LONGEST_WAIT_STEPS} steps; {@code BOOKING_SIGN_IN_SLOWDOWN_STEP_MILLIS}), and after
 * {@value #REFUSE_AFTER} the network is refused for {@value #WINDOW_MINUTES} minutes. Each attempt is
 * counted as it arrives, in one statement, and forgiven if it succeeds: attempts sent together each see
 * their own count. The per-account lock stops guessing one password; this stops trying many accounts
 * from one place. A global service (allow-listed): an address is judged before anyone is known.
 */
@Stateless
public class SignInThrottle {

    static final int SLOW_AFTER = 10;
    static final int REFUSE_AFTER = 20;
    static final int WINDOW_MINUTES = 15;
    static final int LONGEST_WAIT_STEPS = 3;

    /** One statement, so concurrent attempts from one network all count, each seeing its own number. */
    private static final String COUNT_ATTEMPT = """
            INSERT INTO sign_in_failures (address, failures, window_started) VALUES (?1, 1, ?2)
            ON CONFLICT (address) DO UPDATE SET
                failures = CASE WHEN sign_in_failures.window_started < ?3 THEN 1 ELSE sign_in_failures.failures + 1 END,
                window_started = CASE WHEN sign_in_failures.window_started < ?3 THEN ?2 ELSE sign_in_failures.window_started END,
                refused_until = CASE WHEN sign_in_failures.window_started >= ?3 AND sign_in_failures.failures + 1 > ?4
                                     THEN ?5 ELSE sign_in_failures.refused_until END
            RETURNING failures, refused_until""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "booking.sign-in.slowdown-step-millis", defaultValue = "1000")
    private long stepMillis;

    /**
     * What an attempt may do.
     *
     * @param refusedUntil when its network may try again, or null if it may try now
     * @param holdBack how long to hold this attempt back first
     */
    public record Verdict(Instant refusedUntil, Duration holdBack) {
    }

    /** Counts an attempt from this address as a failure until {@link #forgive} says otherwise, and judges it. */
    public Verdict admit(String address) {
        Instant now = Instant.now();
        Object[] row = (Object[]) entityManager.createNativeQuery(COUNT_ATTEMPT)
                .setParameter(1, ClientNetwork.of(address))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(Duration.ofMinutes(WINDOW_MINUTES))))
                .setParameter(4, REFUSE_AFTER)
                .setParameter(5, Timestamp.from(now.plus(Duration.ofMinutes(WINDOW_MINUTES))))
                .getSingleResult();
        Timestamp refusedUntil = (Timestamp) row[1];
        if (refusedUntil != null && refusedUntil.toInstant().isAfter(now)) {
            return new Verdict(refusedUntil.toInstant(), Duration.ZERO);
        }
        int beyond = ((Number) row[0]).intValue() - SLOW_AFTER;
        if (beyond <= 0) {
            return new Verdict(null, Duration.ZERO);
        }
        return new Verdict(null, Duration.ofMillis(stepMillis * Math.min(beyond, LONGEST_WAIT_STEPS)));
    }

    /** The attempt admitted from this address signed in: it was no failure. */
    public void forgive(String address) {
        entityManager.createNativeQuery("UPDATE sign_in_failures SET failures = greatest(failures - 1, 0) WHERE address = ?1")
                .setParameter(1, ClientNetwork.of(address))
                .executeUpdate();
    }
}
