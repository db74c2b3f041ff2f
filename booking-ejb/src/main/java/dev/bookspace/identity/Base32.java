package dev.bookspace.identity;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * RFC 4648 base 32 without padding: how authenticator apps take a two-factor secret, in a QR code's
 * {@code otpauth://} address or typed by hand. Case, spaces and padding in typed text are forgiven.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** The bytes of base 32 text; an {@link IllegalArgumentException} for a character outside the alphabet. */
    public static byte[] decode(String text) {
        String letters = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(letters.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char letter : letters.toCharArray()) {
            int value = ALPHABET.indexOf(letter);
            if (value < 0) {
                throw new IllegalArgumentException("Not a base 32 letter: " + letter);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
