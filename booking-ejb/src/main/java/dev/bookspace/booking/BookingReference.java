package dev.bookspace.booking;

import java.security.SecureRandom;

/**
 * Makes the references guests quote, such as {@code BK-7F3K9QXM}: random, so they reveal nothing
 * about how many bookings an organisation takes, and without look-alike characters.
 */
final class BookingReference {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingReference() {
    }

    /**
     * Whether a text could be a reference at all (ours, or one stored by an older version or an import:
     * letters, digits and dashes), so that anything else, a NUL byte which PostgreSQL refuses in text
     * among them, is simply no booking, never a question put to the database.
     */
    static boolean couldBe(String text) {
        return text != null && text.matches("[A-Za-z0-9-]{1,40}");
    }

    static String next() {
        StringBuilder reference = new StringBuilder("BK-");
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
