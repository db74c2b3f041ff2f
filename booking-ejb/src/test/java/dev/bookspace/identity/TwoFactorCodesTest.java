package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes as RFC 6238 defines them, and which of them a sign-in accepts. */
class TwoFactorCodesTest {

    /** The SHA-1 secret of RFC 6238's test vectors. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the code is {1}")
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void codesAreThoseOfRfc6238sTestVectors(long seconds, String code) {
        // The RFC lists 8 digits; a 6-digit code is their last six.
        assertThat(TwoFactorCodes.code(RFC_SECRET, TwoFactorCodes.stepAt(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterNowIsAcceptedButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = TwoFactorCodes.stepAt(now);

        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, TwoFactorCodes.code(RFC_SECRET, step), now)).hasValue(step);
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, TwoFactorCodes.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, TwoFactorCodes.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, TwoFactorCodes.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, TwoFactorCodes.code(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void spacesAreForgivenAndAnythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, "287 082", now)).hasValue(1);
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, "94287082", now)).isEmpty();
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
        assertThat(TwoFactorCodes.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }
}
