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

    static String next() {
        StringBuilder reference = new StringBuilder("BK-");
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
