package dev.bookspace.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sizes an image is kept in, each fitting a box without cropping and never enlarged: a room card
 * on the rooms page (and a gallery thumbnail), the gallery's large view, and an organisation's logo in
 * its pages' header and its e-mails. Twice the size the pages show them at, for high-density screens.
 */
public enum PhotoSize {
    CARD("card", 640, 480),
    LARGE("large", 1600, 1200),
    /** Shown at most 48 pixels high (240 wide) in a header; a logo is wide more often than tall. */
    LOGO("logo", 480, 96);

    private final String code;
    private final int maxWidth;
    private final int maxHeight;

    PhotoSize(String code, int maxWidth, int maxHeight) {
        this.code = code;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
    }

    /** As the address and the database name it. */
    public String code() {
        return code;
    }

    public static Optional<PhotoSize> ofCode(String code) {
        return Arrays.stream(values()).filter(size -> size.code.equals(code)).findFirst();
    }

    /** By how much an image of this many pixels shrinks to fit: 1 when it fits already. */
    double scaleFor(long width, long height) {
        return Math.min(1.0, Math.min((double) maxWidth / width, (double) maxHeight / height));
    }
}
