package dev.bookspace.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingSignInTest {

    @Test
    void aPasswordWaitsForItsCodeFiveMinutesAndNoLonger() {
        Instant signedIn = Instant.parse("2026-12-03T10:00:00Z");
        PendingSignIn pending = new PendingSignIn(7, "7.abc", signedIn.plusSeconds(PendingSignIn.MINUTES * 60L), null);

        assertThat(pending.isExpired(signedIn.plusSeconds(299))).isFalse();
        assertThat(pending.isExpired(signedIn.plusSeconds(300))).isTrue();
    }
}
