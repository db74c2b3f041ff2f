package dev.bookspace.shared;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Bookspace speaks: its pages, its e-mails and its dashboard have a resource bundle for each. Adding
 * one means adding its constant here and one file beside each bundle ({@code BundleParityTest} names the files that
 * lack a key). English is the language of last resort.
 */
public enum Language {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch"),
    FRENCH("fr", "Français"),
    PORTUGUESE("pt", "Português");

    private final String code;
    private final String ownName;

    Language(String code, String ownName) {
        this.code = code;
        this.ownName = ownName;
    }

    /** The ISO 639-1 code, as stored and as written in addresses and cookies: "de". */
    public String code() {
        return code;
    }

    /** The language's name in itself, as a switcher shows it: "Deutsch". */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> of(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first of a browser's languages (best first, as Accept-Language orders them) that Bookspace speaks. */
    public static Optional<Language> firstSpoken(Iterator<Locale> asked) {
        while (asked.hasNext()) {
            Optional<Language> spoken = of(asked.next().getLanguage());
            if (spoken.isPresent()) {
                return spoken;
            }
        }
        return Optional.empty();
    }
}
