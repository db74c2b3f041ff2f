package dev.bookspace.web.shared;

import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.catalog.RoomTitle;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.InvalidRequestException.Wording;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.WordedRefusal;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A service's refusal of one field in the reader's language, for forms that show each problem next to its field. The
 * service keeps its English sentence (the API and logs) and names the key it is worded by: a Bean Validation template
 * ({@code {bookspace.…}}, read from ValidationMessages, as Faces reads it), or {@code refusal.<key>} of the
 * dashboard's words, else of the public pages'. A problem without a key, or with one no bundle has, keeps its
 * English sentence, and an English page reads the service's own sentence, so English has one source. Figures are
 * written as the page writes them: amounts in the reader's way, days as the dashboard lists them, weekdays and
 * languages by their names in the reader's language, a room by the title staff gave it in that language (its own
 * where they gave none), and a figure that is itself worded (the kind of an address refused) by its own key.
 */
public final class RefusalWords {

    private static final String DASHBOARD = "dev.bookspace.web.i18n.Dashboard";

    private RefusalWords() {
    }

    /** A booking change the service refused, by its key where it has one. */
    public static String of(IllegalBookingChangeException refusal, Locale locale) {
        return of(refusal.key().map(key -> new Wording(key, refusal.arguments())).orElse(null), refusal.getMessage(), locale);
    }

    /** A refusal of what was asked (Stripe unreachable, the nights taken), by its key where it has one. */
    public static String of(WordedRefusal refusal, Locale locale) {
        return of(refusal.wording().orElse(null), refusal.getMessage(), locale);
    }

    /** Every problem of a refusal, each in the reader's language, as one line (a page's message for the form). */
    public static String of(InvalidRequestException refusal, Locale locale) {
        return String.join(" ", refusal.problems().stream().map(problem -> of(problem, locale)).toList());
    }

    public static String of(FieldProblem problem, Locale locale) {
        return of(problem.wording(), problem.message(), locale);
    }

    /** A refusal worded by this key and figures, or the English sentence where it has none. */
    public static String of(Wording wording, String english, Locale locale) {
        if (wording == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return english;
        }
        String key = wording.key();
        if (key.startsWith("{") && key.endsWith("}")) {
            ResourceBundle validation = ResourceBundle.getBundle("ValidationMessages", locale, Money.class.getClassLoader());
            String name = key.substring(1, key.length() - 1);
            return validation.containsKey(name) ? validation.getString(name) : english;
        }
        for (String bundleName : new String[] {DASHBOARD, PageWords.BUNDLE}) {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, RefusalWords.class.getClassLoader());
            if (bundle.containsKey("refusal." + key)) {
                String text = bundle.getString("refusal." + key);
                return wording.arguments().isEmpty() ? text
                        : new MessageFormat(text, locale).format(wording.arguments().stream()
                                .map(argument -> figure(argument, locale)).toArray());
            }
        }
        return english;
    }

    private static Object figure(Object argument, Locale locale) {
        if (argument instanceof Wording named) {
            return of(named, named.key(), locale);
        }
        if (argument instanceof RoomTitle room) {
            return room.in(Language.of(locale.getLanguage()).orElse(Language.ENGLISH));
        }
        if (argument instanceof Money amount) {
            return amount.formatted(locale);
        }
        if (argument instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }
        if (argument instanceof Locale language) {
            return language.getDisplayLanguage(locale);
        }
        if (argument instanceof LocalDate day) {
            String pattern = ResourceBundle.getBundle(DASHBOARD, locale, RefusalWords.class.getClassLoader()).getString("date.day");
            return DateTimeFormatter.ofPattern(pattern, locale).format(day);
        }
        return argument;
    }
}
