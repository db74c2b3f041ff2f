package dev.bookspace.shared;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * The words of one resource bundle in one language, and that language's way of writing money and dates. A text's
 * {@code {0}}-style arguments are replaced as they are, with none of MessageFormat's quoting rules, so a French
 * apostrophe in a bundle is written once. English keeps the British formats the pages and mails always had
 * ({@code €1,250.00}, "12 Jan").
 */
public final class Wording {

    private static final ResourceBundle.Control ONLY_OURS =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Formatters are immutable and thread-safe, and a bookings list words hundreds of dates: each is built once. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Language language;

    private Wording(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    /** @param baseName such as {@code dev.bookspace.notification.GuestMail} */
    public static Wording of(String baseName, Language language) {
        Objects.requireNonNull(language, "language");
        return new Wording(ResourceBundle.getBundle(baseName, language.locale(), Wording.class.getClassLoader(), ONLY_OURS),
                language);
    }

    public Language language() {
        return language;
    }

    /** The locale numbers and dates are written in. */
    public Locale formats() {
        return language == Language.ENGLISH ? Locale.UK : language.locale();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of this key with its {0}, {1}… replaced by these arguments. */
    public String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    public String money(Money amount) {
        return amount.formatted(formats());
    }

    /** A date or time written with the pattern this key holds (patterns differ: "d MMM", German "d. MMM"). */
    public String date(String patternKey, TemporalAccessor date) {
        String pattern = bundle.getString(patternKey);
        Locale locale = formats();
        return FORMATTERS.computeIfAbsent(locale.toLanguageTag() + " " + pattern,
                key -> DateTimeFormatter.ofPattern(pattern, locale)).format(date);
    }

    /** What a stored English sentence's pattern caught, in order: the parts its text in another language quotes. */
    public static Object[] parts(Matcher matcher) {
        Object[] parts = new Object[matcher.groupCount()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = matcher.group(i + 1);
        }
        return parts;
    }
}
