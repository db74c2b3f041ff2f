package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.booking.PublicBookingLimits.Admission;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public pages' booking limits inside the server, as a script meets them from one network or many.
 * The tests' server asks for proof of work after 2 bookings a network an hour and stops a network at 4
 * (arquillian.xml); an organisation takes 100 an hour.
 */
@FullStack
class PublicBookingLimitsIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private PublicBookingLimits limits;
    private Scope guest;

    @BeforeEach
    void anOrganisation() {
        limits = CDI.current().select(PublicBookingLimits.class).get();
        Organisation org = fixtures.organisation("Harbour House");
        guest = Scope.guestOf(org.id());
    }

    @Test
    void aNetworkThatBooksOftenMustProveWorkEachTimeThenIsStopped() {
        String script = "203.0.113.7";
        assertThat(limits.admit(guest, script, null, null)).isInstanceOf(Admission.Admitted.class);
        assertThat(limits.challengeFor(guest, script)).isEmpty();
        assertThat(limits.admit(guest, script, null, null)).isInstanceOf(Admission.Admitted.class);

        ProofOfWork puzzle = limits.challengeFor(guest, script).orElseThrow();
        assertThat(limits.admit(guest, script, null, null)).as("no answer").isInstanceOf(Admission.ProveWork.class);
        String answer = solve(puzzle);
        assertThat(limits.admit(guest, script, puzzle.challenge(), answer)).isInstanceOf(Admission.Admitted.class);
        assertThat(limits.admit(guest, script, puzzle.challenge(), answer)).as("an answer books once")
                .isInstanceOf(Admission.ProveWork.class);

        ProofOfWork next = limits.challengeFor(guest, script).orElseThrow();
        assertThat(limits.admit(guest, script, next.challenge(), solve(next))).isInstanceOf(Admission.Admitted.class);
        ProofOfWork beyond = limits.challengeFor(guest, script).orElseThrow();
        assertThat(limits.admit(guest, script, beyond.challenge(), solve(beyond)))
                .isEqualTo(new Admission.Refused("Too many bookings have come from your network in the last hour; "
                        + "please try again later, or call the property."));
        assertThat(limits.admit(guest, "198.51.100.1", null, null)).as("another network").isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void anIpv6NetworkCountsAsOneAcrossTheAddressesOfItsSlash64() {
        assertThat(limits.admit(guest, "2001:db8:1:2::1", null, null)).isInstanceOf(Admission.Admitted.class);
        assertThat(limits.admit(guest, "2001:db8:1:2::2", null, null)).isInstanceOf(Admission.Admitted.class);

        assertThat(limits.admit(guest, "2001:db8:1:2:ffff::3", null, null)).isInstanceOf(Admission.ProveWork.class);
        assertThat(limits.admit(guest, "2001:db8:1:3::1", null, null)).as("the next /64").isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aPuzzleSolvedForOneNetworkDoesNotAdmitAnother() {
        String first = "203.0.113.20";
        limits.admit(guest, first, null, null);
        limits.admit(guest, first, null, null);
        String second = "203.0.113.21";
        limits.admit(guest, second, null, null);
        limits.admit(guest, second, null, null);
        ProofOfWork puzzle = limits.challengeFor(guest, first).orElseThrow();

        assertThat(limits.admit(guest, second, puzzle.challenge(), solve(puzzle))).isInstanceOf(Admission.ProveWork.class);
    }

    @Test
    void anOrganisationTakesAtMostItsHourlyNumberOfPublicBookings() {
        for (int network = 1; network <= 100; network++) {
            assertThat(limits.admit(guest, "198.51." + (100 + network / 250) + "." + network % 250, null, null))
                    .isInstanceOf(Admission.Admitted.class);
        }

        assertThat(limits.admit(guest, "192.0.2.1", null, null)).isEqualTo(new Admission.Refused(
                "This property is taking an unusual number of bookings just now; please try again in a few minutes, or call it."));
    }

    /** What a guest's browser does: tries numbers until the digest starts with enough zero bits. */
    private static String solve(ProofOfWork puzzle) {
        for (long answer = 0; ; answer++) {
            BigInteger digest = new BigInteger(1, sha256(puzzle.challenge() + ":" + answer));
            if (digest.bitLength() <= 256 - puzzle.bits()) {
                return Long.toString(answer);
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
