package dev.bookspace.shared;

/**
 * A count with its noun, as people read it: "1 night", "2 nights", "0 bookings". One helper for every page, e-mail
 * and message, so that no place says "1 nights" or "night(s)". The nouns counted here (night, guest, room, booking,
 * add-on) all take an s in English; each language's words are in {@code Plural*.properties}.
 */
public final class Plural {

    private static final String BUNDLE = "dev.bookspace.shared.Plural";

    private Plural() {
    }

    /** "1 guest", "3 guests", "0 bookings". */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * "2 Nächte", "0 nuit": the count with this noun in the language, which says how it counts (French takes the
     * singular for none, too). A noun the bundle does not know is counted the English way.
     */
    public static String of(long count, String noun, Language language) {
        Wording words = Wording.of(BUNDLE, language);
        String key = noun + (singular(count, language) ? ".one" : ".other");
        return words.has(key) ? words.text(key, count) : of(count, noun);
    }

    private static boolean singular(long count, Language language) {
        return count == 1 || (language == Language.FRENCH && count == 0);
    }
}
