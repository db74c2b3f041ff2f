package dev.bookspace.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes of an authenticator app: RFC 6238 time-based one-time passwords (HMAC-SHA1, 6 digits,
 * 30-second steps, as every common app makes them), computed by java-otp. A code is judged with the
 * time step it belongs to, so that the caller can accept each step once.
 */
public final class TwoFactorCodes {

    /**
     * 30 seconds, as every app counts them. The test server sets {@code booking.two-factor.step-seconds}
     * shorter so that its tests do not wait out half a minute for each fresh code; the address an app
     * scans carries the step, so an app follows whatever it is.
     */
    static final Duration STEP = Duration.ofSeconds(Long.getLong("booking.two-factor.step-seconds", 30));
    static final int DIGITS = 6;
    /** Steps either side of now a code may come from: a phone's clock a little off, a code typed as it changed. */
    static final int SKEW = 1;
    /** 160 bits, the HMAC-SHA1 key length RFC 4226 recommends. */
    static final int SECRET_BYTES = 20;

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);

    private TwoFactorCodes() {
    }

    /** The time step an instant falls in. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    /** The code an app with this secret shows during this time step. */
    public static String code(byte[] secret, long step) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.getSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A two-factor secret is not a usable key", e);
        }
    }

    /** Whether typed text has the shape of a code (six digits, spaces forgiven) rather than a recovery code. */
    public static boolean looksLikeACode(String typed) {
        return typed != null && typed.replace(" ", "").matches("[0-9]{" + DIGITS + "}");
    }

    /**
     * The step, within {@value #SKEW} of now's, whose code was typed; empty when none matches. Every
     * candidate is computed and compared in constant time, so the answer takes as long whichever matched.
     */
    public static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        if (!looksLikeACode(typed)) {
            return OptionalLong.empty();
        }
        byte[] digits = typed.replace(" ", "").getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - SKEW; step <= current + SKEW; step++) {
            byte[] expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, digits) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
