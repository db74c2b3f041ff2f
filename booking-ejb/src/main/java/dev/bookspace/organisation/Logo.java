package dev.bookspace.organisation;

import java.io.Serializable;

/**
 * The property's logo as pages and e-mails write it: its address under {@code /photos} (relative to the
 * application), and its size in pixels, twice what a header shows, so the header can reserve its place.
 */
public record Logo(String path, int width, int height) implements Serializable {

    static Logo of(String organisation, String key, String mediaType, int width, int height) {
        String extension = "image/png".equals(mediaType) ? "png" : "jpg";
        return new Logo("/photos/" + organisation + "/" + key + "-logo." + extension, width, height);
    }

    /** The width it shows at in a header 48 pixels high. */
    public int shownWidth() {
        return Math.max(1, Math.round(width * 48f / Math.max(height, 48)));
    }

    /** The height it shows at: 48 pixels, or less for a logo smaller than that. */
    public int shownHeight() {
        return Math.min(height, 48);
    }
}
