package dev.bookspace.web.dashboard;

import dev.bookspace.booking.HistoryWords;
import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.OutboundFailureWords;
import dev.bookspace.shared.WordedRefusal;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.web.shared.PageLanguage;
import dev.bookspace.web.shared.RefusalWords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The dashboard's words in the page's language, for what Java says (a message after a save, a tooltip) and for a
 * page's sentence with values in it ({@code #{dashboardWords.say('rooms.saved', title)}}): the Dashboard bundle
 * (the pages' {@code d}) read with MessageFormat. A sentence with arguments doubles its apostrophes ({@code ''}),
 * as MessageFormat wants; one without is used as written.
 */
@Named
@RequestScoped
public class DashboardWords {

    static final String BUNDLE = "dev.bookspace.web.i18n.Dashboard";

    @Inject
    private PageLanguage page;

    public String say(String key, Object... arguments) {
        return of(page.getLocale(), key, arguments);
    }

    /** A booking's history entry in the page's language; one HistoryWords does not know reads as stored. */
    public String history(String description, String currencyCode) {
        return HistoryWords.description(description, currencyCode, language());
    }

    /** Why a webhook delivery got no answer, in the page's language; a reason OutboundFailureWords does not know as stored. */
    public String outboundFailure(String stored) {
        return OutboundFailureWords.of(stored, language());
    }

    /** Who made a history entry: a name as written, "The guest" in the page's language. */
    public String historyActor(String actor) {
        return HistoryWords.actor(actor, language());
    }

    /** An audit entry's action in words ("Buchung storniert"); empty for a code the bundle does not know. */
    public String auditAction(String code) {
        String key = "audit.action." + code;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, page.getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : "";
    }

    /** A booking change the service refused, in the page's language where it has a key; else its own sentence. */
    public String refusal(IllegalBookingChangeException refusal) {
        return RefusalWords.of(refusal, page.getLocale());
    }

    /** What was asked could not be done (Stripe unreachable, the nights taken), in the page's language by its key. */
    public String refusal(WordedRefusal refusal) {
        return RefusalWords.of(refusal, page.getLocale());
    }

    /** A refusal of a form's input, all its problems in the page's language, as one message. */
    public String refusal(InvalidRequestException refusal) {
        return RefusalWords.of(refusal, page.getLocale());
    }

    /** One problem of a form's input in the page's language. */
    public String problem(FieldProblem problem) {
        return RefusalWords.of(problem, page.getLocale());
    }

    /** The page's language, as services take it. */
    public Language language() {
        return Language.of(page.getLocale().getLanguage()).orElse(Language.ENGLISH);
    }

    /** A day as the dashboard writes it in a list ({@code date.day}: ISO in English, as staff exports read it). */
    public String day(LocalDate day) {
        return dated("date.day", day);
    }

    /** A day written out, as a sentence names it ("Today is …"). */
    public String longDay(LocalDate day) {
        return dated("date.long", day);
    }

    /** A day written with the pattern this key holds in the page's language. */
    public String dated(String patternKey, LocalDate day) {
        return dated(page.getLocale(), patternKey, day);
    }

    /** The locale days and month names are written in: the page's, with English ones written the British way. */
    public Locale dateLocale() {
        return writing(page.getLocale());
    }

    static String of(Locale locale, String key, Object... arguments) {
        String words = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? words : new MessageFormat(words, locale).format(arguments);
    }

    static String dated(Locale locale, String patternKey, LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern(of(locale, patternKey), writing(locale)).format(day);
    }

    /** The dashboard has always written English days the British way ("Mon 7 Dec", "Sept"). */
    static Locale writing(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.UK : locale;
    }
}
