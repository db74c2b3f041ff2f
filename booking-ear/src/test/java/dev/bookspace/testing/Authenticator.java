package dev.bookspace.testing;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.bookspace.identity.Base32;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app in a test: given the key the Security page shows, it computes the codes a phone
 * would show, with java-otp as the server does. The server takes each time step's code once, so
 * {@link #freshCode()} gives this step's code, or the next step's when this one's was used (the server
 * allows a step either side, as for a phone whose clock runs a little ahead), waiting only when both were.
 */
public final class Authenticator {

    /** As arquillian.xml sets booking.two-factor.step-seconds: 30 in production and in real apps. */
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP);

    private final SecretKeySpec key;
    private long lastStep = Long.MIN_VALUE;
    private String lastCode;

    private Authenticator(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA1");
    }

    /** The app after the key was typed into it, spaces and all, as the page shows it. */
    public static Authenticator withKey(String typedKey) {
        return new Authenticator(Base32.decode(typedKey));
    }

    /** A code the server has not taken yet. */
    public String freshCode() throws InterruptedException {
        long step = Math.max(stepNow(), lastStep + 1);
        while (step > stepNow() + 1) {
            Thread.sleep(500);
        }
        lastStep = step;
        lastCode = codeAt(Instant.ofEpochSecond(step * STEP.getSeconds()));
        return lastCode;
    }

    /** The code {@link #freshCode()} gave last: the server has taken it, or is about to. */
    public String lastCode() {
        return lastCode;
    }

    /** A code of this key from an hour ago: the right shape, long expired. */
    public String expiredCode() {
        return codeAt(Instant.now().minusSeconds(3600));
    }

    private String codeAt(Instant instant) {
        try {
            return TOTP.generateOneTimePasswordString(key, instant);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long stepNow() {
        return Instant.now().getEpochSecond() / STEP.getSeconds();
    }
}
