package dev.bookspace.shared;

/**
 * A count with its noun, as people read it: "1 night", "2 nights", "0 bookings". One helper for every page, e-mail
 * and message, so that no place says "1 nights" or "night(s)". The nouns counted here (night, guest, room, booking,
 * add-on) all take an s.
 */
public final class Plural {

    private Plural() {
    }

    /** "1 guest", "3 guests", "0 bookings". */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
