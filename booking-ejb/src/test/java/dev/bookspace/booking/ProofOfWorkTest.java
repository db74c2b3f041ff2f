package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.SecretBox;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The booking page's puzzle: solved by trying numbers, checked with one digest, bound to its network. */
class ProofOfWorkTest {

    static final SecretBox BOX = SecretBox.withKeys("test:" + Base64.getEncoder().encodeToString(new byte[32]));
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void anAnswerFoundByTryingNumbersSolvesItsChallenge() {
        ProofOfWork puzzle = ProofOfWork.issue("203.0.113.7", 10, NOW, BOX);

        String answer = solve(puzzle);

        assertThat(ProofOfWork.solves(puzzle.challenge(), answer, "203.0.113.7", NOW, BOX)).isTrue();
    }

    @Test
    void aChallengeServesOnlyItsNetworkOnlyUntilItExpiresAndOnlyAtItsDifficulty() {
        ProofOfWork puzzle = ProofOfWork.issue("203.0.113.7", 10, NOW, BOX);
        String answer = solve(puzzle);
        String easier = puzzle.challenge().replaceFirst("\\.10\\.", ".1.");

        assertThat(ProofOfWork.solves(puzzle.challenge(), answer, "198.51.100.9", NOW, BOX)).as("another network").isFalse();
        assertThat(ProofOfWork.solves(puzzle.challenge(), answer, "203.0.113.7", NOW.plus(ProofOfWork.VALID_FOR), BOX))
                .as("expired").isFalse();
        assertThat(ProofOfWork.solves(easier, "0", "203.0.113.7", NOW, BOX)).as("difficulty lowered by hand").isFalse();
        assertThat(ProofOfWork.solves(puzzle.challenge(), null, "203.0.113.7", NOW, BOX)).as("no answer").isFalse();
    }

    @Test
    void countsLeadingZeroBits() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0, 0x0f, 1})).isEqualTo(20);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 1})).isEqualTo(15);
    }

    /** What a guest's browser does. */
    static String solve(ProofOfWork puzzle) {
        for (long answer = 0; ; answer++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(puzzle.challenge() + ":" + answer)) >= puzzle.bits()) {
                return Long.toString(answer);
            }
        }
    }
}
