package dev.bookspace.web.availability;

import dev.bookspace.availability.StayRule;
import dev.bookspace.availability.StayRuleBreach;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.availability.UnavailableItem;
import dev.bookspace.shared.Language;
import dev.bookspace.web.shared.PageWords;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A broken stay rule in the page's language, from the rule's code and figures ({@link StayRuleBreach#parameters()}):
 * the service words it in English for the API, a page in its reader's words. An English page reads the service's own
 * sentence, so English has one source.
 */
public final class StayRuleWords {

    private StayRuleWords() {
    }

    /** Every rule the stay breaks, each a sentence, as a page's problem line. */
    public static String problem(StayRuleException refusal, PageWords words) {
        return String.join(" ", refusal.breaches().stream()
                .map(breach -> sentence(breach.code(), breach.parameters(), breach.sentence(), words) + ".").toList());
    }

    /** One broken rule as a sentence without its full stop, such as the desk's booking form lists them. */
    public static String sentence(StayRuleBreach breach, PageWords words) {
        return sentence(breach.code(), breach.parameters(), breach.sentence(), words);
    }

    static String sentence(UnavailableItem.Reason reason, PageWords words) {
        return sentence(reason.code(), reason.parameters(), reason.sentence(), words);
    }

    private static String sentence(String code, Map<String, String> figures, String english, PageWords words) {
        Locale locale = words.locale();
        if (Language.ENGLISH.code().equals(locale.getLanguage())) {
            return english;
        }
        String from = figures.containsKey("from") ? words.format("rule.from", figures.get("from")) : "";
        String sentence;
        if (code.equals(StayRule.MIN_NIGHTS.code())) {
            sentence = words.format("rule.min-nights", Integer.valueOf(figures.get("nights")));
        } else if (code.equals(StayRule.MAX_NIGHTS.code())) {
            sentence = words.format("rule.max-nights", Integer.valueOf(figures.get("nights")));
        } else if (code.equals(StayRule.CLOSED_TO_ARRIVAL.code())) {
            sentence = words.format("rule.closed-to-arrival", weekdays(figures.get("weekdays"), words));
        } else if (code.equals(StayRule.CLOSED_TO_DEPARTURE.code())) {
            sentence = words.format("rule.closed-to-departure", weekdays(figures.get("weekdays"), words));
        } else if (code.equals(StayRule.BOOKING_HORIZON.code())) {
            sentence = words.format("rule.booking-horizon", Integer.valueOf(figures.get("months")));
        } else if (figures.containsKey("cutoff_hour")) {
            sentence = words.format("rule.same-day-cutoff", String.format("%02d:00", Integer.valueOf(figures.get("cutoff_hour"))));
        } else if (figures.containsKey("days")) {
            sentence = words.format("rule.lead-days", Integer.valueOf(figures.get("days")));
        } else {
            return english;
        }
        return sentence + from;
    }

    /** "lundi et dimanche": the closed days in the page's language, in the week's order. */
    private static String weekdays(String codes, PageWords words) {
        List<String> names = Arrays.stream(codes.split(",")).map(code -> DayOfWeek.valueOf(code.toUpperCase(Locale.ROOT)))
                .sorted().map(day -> day.getDisplayName(TextStyle.FULL, words.locale())).toList();
        return names.size() < 2 ? String.join("", names)
                : words.format("list.and", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }
}
