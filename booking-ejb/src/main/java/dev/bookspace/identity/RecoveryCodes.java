package dev.bookspace.identity;

import dev.bookspace.shared.Digests;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes that sign a person in when their authenticator is lost. Each is 16 letters and
 * digits (80 random bits, shown in groups of four), so its SHA-256, which is all that is stored, cannot
 * be reversed by trying every code; typed, case, spaces and dashes are forgiven.
 */
public final class RecoveryCodes {

    /** How many a person is given at once. */
    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** {@value #COUNT} fresh codes, as the person is shown them: {@code abcd-efgh-ijkl-mnop}. */
    static List<String> issue() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int letter = 0; letter < LENGTH; letter++) {
                if (letter > 0 && letter % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** What is stored of a code, and what a typed code is compared by. */
    static String hash(String code) {
        return Digests.sha256Hex(normalise(code));
    }

    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
