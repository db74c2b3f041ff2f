package dev.bookspace.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 at 600,000 iterations, OWASP's current figure for this function (the Jakarta
 * Security default of 2,048 is far too low). About 125 ms per hash on the project's 2-core machine.
 * Stored as {@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>}, Base64, so a later raise of the
 * iteration count still verifies older hashes. The test server sets {@code booking.password.iterations}
 * to 1,000, as its fixtures' stored hash has: every sign-in, sign-up and decoy check of the suite (some
 * hundreds, HostileFormsIT's posts to the sign-in pages among them) then costs well under a millisecond
 * instead of an eighth of a second of a shared core, through the same code.
 */
final class PasswordHasher {

    static final int ITERATIONS = Integer.getInteger("booking.password.iterations", 600_000);
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return ALGORITHM + ":" + ITERATIONS + ":" + encode(salt) + ":" + encode(derive(password, salt, ITERATIONS));
    }

    static boolean matches(String password, String stored) {
        String[] parts = stored.split(":");
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks " + ALGORITHM, e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
