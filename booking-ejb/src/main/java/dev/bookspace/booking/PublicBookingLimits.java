package dev.bookspace.booking;

import dev.bookspace.shared.ClientNetwork;
import dev.bookspace.shared.SecretBox;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many bookings the public pages take, so that a script can neither fill an organisation's rooms
 * nor keep them held, nor mail its text to any address it types: per client network and per
 * organisation in each hour, counted in the database so that every server of a cluster counts alike,
 * and, once a network has booked {@code proof-of-work-after} times in the hour, only with a
 * {@link ProofOfWork} its browser solved. Staff at the desk and API integrations (known by their key)
 * are not limited here.
 */
@Stateless
@TenantScoped
public class PublicBookingLimits {

    static final Duration WINDOW = Duration.ofHours(1);

    /** One statement, so bookings sent together each count. */
    private static final String COUNT = """
            INSERT INTO public_booking_counts (counter, bookings, window_started) VALUES (?1, 1, ?2)
            ON CONFLICT (counter) DO UPDATE SET
                bookings = CASE WHEN public_booking_counts.window_started < ?3 THEN 1 ELSE public_booking_counts.bookings + 1 END,
                window_started = CASE WHEN public_booking_counts.window_started < ?3 THEN ?2 ELSE public_booking_counts.window_started END
            RETURNING bookings""";

    /** What a public booking may do. */
    public sealed interface Admission {
        /** It may go ahead; it has been counted. */
        record Admitted() implements Admission {
        }

        /** Over a limit: the sentence says which and when to try again. */
        record Refused(String sentence) implements Admission {
        }

        /** Its network must first solve this puzzle; it has not been counted. */
        record ProveWork(ProofOfWork challenge) implements Admission {
        }
    }

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "booking.public.bookings-per-network", defaultValue = "10")
    private int perNetwork;

    @Inject
    @ConfigProperty(name = "booking.public.bookings-per-organisation", defaultValue = "100")
    private int perOrganisation;

    @Inject
    @ConfigProperty(name = "booking.public.proof-of-work-after", defaultValue = "3")
    private int proofAfter;

    @Inject
    @ConfigProperty(name = "booking.public.proof-of-work-bits", defaultValue = "18")
    private int proofBits;

    /** The puzzle the booking page should have its browser solve now, if its network has booked often. */
    public Optional<ProofOfWork> challengeFor(Scope scope, String clientAddress) {
        String network = ClientNetwork.of(clientAddress);
        Instant now = Instant.now();
        return bookingsThisHour(network, now) >= proofAfter
                ? Optional.of(ProofOfWork.issue(network, proofBits, now, SecretBox.configured()))
                : Optional.empty();
    }

    /**
     * Admits and counts a public booking from this address, or refuses it. {@code challenge} and
     * {@code answer} are the puzzle the page was given and its browser's answer, or null.
     */
    public Admission admit(Scope scope, String clientAddress, String challenge, String answer) {
        String network = ClientNetwork.of(clientAddress);
        Instant now = Instant.now();
        if (bookingsThisHour(network, now) >= proofAfter && !spend(challenge, answer, network, now)) {
            return new Admission.ProveWork(ProofOfWork.issue(network, proofBits, now, SecretBox.configured()));
        }
        if (count("network:" + network, now) > perNetwork) {
            return new Admission.Refused("Too many bookings have come from your network in the last hour; "
                    + "please try again later, or call the property.");
        }
        if (count("organisation:" + scope.organisationId(), now) > perOrganisation) {
            return new Admission.Refused("This property is taking an unusual number of bookings just now; "
                    + "please try again in a few minutes, or call it.");
        }
        return new Admission.Admitted();
    }

    private long bookingsThisHour(String network, Instant now) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT bookings FROM public_booking_counts WHERE counter = ?1 AND window_started >= ?2")
                .setParameter(1, "network:" + network)
                .setParameter(2, Timestamp.from(now.minus(WINDOW)))
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private int count(String counter, Instant now) {
        return ((Number) entityManager.createNativeQuery(COUNT)
                .setParameter(1, counter)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(WINDOW)))
                .getSingleResult()).intValue();
    }

    /** A right answer to a challenge of ours, used for the first time. */
    private boolean spend(String challenge, String answer, String network, Instant now) {
        return ProofOfWork.solves(challenge, answer, network, now, SecretBox.configured())
                && entityManager.createNativeQuery(
                        "INSERT INTO spent_challenges (challenge, expires_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, challenge)
                .setParameter(2, Timestamp.from(now.plus(ProofOfWork.VALID_FOR)))
                .executeUpdate() == 1;
    }
}
