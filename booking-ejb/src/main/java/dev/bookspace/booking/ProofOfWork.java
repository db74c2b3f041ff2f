package dev.bookspace.booking;

import dev.bookspace.shared.SecretBox;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A puzzle the guest's browser solves before a booking, once their network has booked often in the hour:
 * find a number that, written after the challenge, gives a SHA-256 starting with {@code bits} zero bits.
 * A browser spends a second or two on it, once; a script booking hundreds of rooms spends that on each.
 * The challenge names its expiry, its difficulty and a random part, and carries the server's MAC over
 * them and the network it was issued to, so any node of a cluster can check it and none can be forged
 * or carried to another network; {@link PublicBookingLimits} makes each one book once.
 *
 * @param challenge {@code <expiry epoch seconds>.<bits>.<random hex>.<mac hex>}
 * @param bits how many leading zero bits the answer's digest needs
 */
public record ProofOfWork(String challenge, int bits) implements Serializable {

    /** Long enough to fill in the booking form after the puzzle is solved. */
    static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    static ProofOfWork issue(String network, int bits, Instant now, SecretBox box) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String unsigned = now.plus(VALID_FOR).getEpochSecond() + "." + bits + "." + HexFormat.of().formatHex(random);
        return new ProofOfWork(unsigned + "." + box.mac(network + "|" + unsigned), bits);
    }

    /** Whether the challenge is one of ours, for this network, unexpired, and the answer solves it. */
    static boolean solves(String challenge, String answer, String network, Instant now, SecretBox box) {
        if (challenge == null || answer == null || answer.length() > 20) {
            return false;
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 4 || !parts[0].matches("\\d{1,12}") || !parts[1].matches("\\d{1,2}")) {
            return false;
        }
        String unsigned = parts[0] + "." + parts[1] + "." + parts[2];
        boolean ours = MessageDigest.isEqual(box.mac(network + "|" + unsigned).getBytes(StandardCharsets.UTF_8),
                parts[3].getBytes(StandardCharsets.UTF_8));
        return ours && Long.parseLong(parts[0]) > now.getEpochSecond()
                && leadingZeroBits(sha256(challenge + ":" + answer)) >= Integer.parseInt(parts[1]);
    }

    static int leadingZeroBits(byte[] digest) {
        int zeros = 0;
        for (byte b : digest) {
            if (b != 0) {
                return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
            zeros += 8;
        }
        return zeros;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
