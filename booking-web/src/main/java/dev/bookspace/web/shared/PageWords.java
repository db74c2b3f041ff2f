package dev.bookspace.web.shared;

import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.catalog.Amenity;
import dev.bookspace.catalog.RoomFacts;
import dev.bookspace.organisation.DepositRule;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.pricing.PriceLineWords;
import dev.bookspace.pricing.QuoteLine;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.WordedRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The public pages' words (the {@code PublicPages} bundle, {@code #{t[…]}} in the pages) for sentences the views
 * make in Java, and for pages' sentences with arguments: {@code #{words.format('rooms.title', stay, name)}}. In the
 * page's language, which is the view's locale ({@link PageLanguage} chose it). A text with arguments is a
 * {@link MessageFormat} pattern (an apostrophe written twice); a text without is read as it stands.
 */
@Named("words")
@RequestScoped
public class PageWords {

    static final String BUNDLE = "dev.bookspace.web.i18n.PublicPages";

    @Inject
    PageLanguage pageLanguage;

    /** Fixed to a language where no page is being drawn (tests); null for the page's. */
    private final Locale fixed;

    public PageWords() {
        this(null);
    }

    private PageWords(Locale fixed) {
        this.fixed = fixed;
    }

    /** The words of one language, where no page is being drawn (tests of the wording). */
    public static PageWords in(Locale locale) {
        return new PageWords(locale);
    }

    public String get(String key) {
        return bundle().getString(key);
    }

    public String format(String key, Object argument) {
        return formatted(key, argument);
    }

    public String format(String key, Object first, Object second) {
        return formatted(key, first, second);
    }

    public String format(String key, Object first, Object second, Object third) {
        return formatted(key, first, second, third);
    }

    /** A text with any number of arguments, for Java callers. */
    public String formatted(String key, Object... arguments) {
        return new MessageFormat(get(key), locale()).format(arguments);
    }

    /**
     * A text of the pages' bundle in the language of the view being drawn, for code that has a FacesContext but no
     * bean of its own (a static helper).
     */
    public static String of(FacesContext faces, String key, Object... arguments) {
        String text = faces.getApplication().getResourceBundle(faces, "t").getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, faces.getViewRoot().getLocale()).format(arguments);
    }

    /** A sentence of the services' Bean Validation constraints ({@code ValidationMessages}), in the page's language. */
    public String validation(String key) {
        return ResourceBundle.getBundle("ValidationMessages", locale(), Money.class.getClassLoader()).getString(key);
    }

    /** A room's beds in the page's language: "1 double bed · 2 single beds"; empty without beds. */
    public String beds(RoomFacts facts) {
        return String.join(" · ", facts.beds().stream()
                .map(bed -> formatted("bed." + bed.kind().code(), bed.count())).toList());
    }

    /** Amenities' names in the page's language, in the list's order. */
    public List<String> amenities(List<Amenity> amenities) {
        return amenities.stream().map(amenity -> get("amenity." + amenity.code())).toList();
    }

    /** A service's refusal in the page's language where the service worded it by key, else its own sentence. */
    public String refusal(InvalidRequestException refusal) {
        return RefusalWords.of(refusal.wording().orElse(null), refusal.getMessage(), locale());
    }

    /** A booking change refused to the guest (a refund that changed, a booking no longer changeable), in their words. */
    public String refusal(IllegalBookingChangeException refusal) {
        return RefusalWords.of(refusal, locale());
    }

    /** What the guest asked could not be done (Stripe unreachable, the nights taken), in their words. */
    public String refusal(WordedRefusal refusal) {
        return RefusalWords.of(refusal, locale());
    }

    /** One problem of the guest's input, in their words where the service gave a key. */
    public String problem(InvalidRequestException.FieldProblem problem) {
        return RefusalWords.of(problem, locale());
    }

    /** An amount as this page's reader writes it; English pages keep the British form of the API ("€1,250.00"). */
    public String money(Money amount) {
        if (amount == null) {
            return "";
        }
        Locale locale = locale();
        return Language.ENGLISH.code().equals(locale.getLanguage()) ? amount.formatted() : amount.formatted(locale);
    }

    /** A price line in the page's language: "2 Nächte × 120,00 €" (the API and English pages keep its own label). */
    public String line(QuoteLine line) {
        return PriceLineWords.of(line, language());
    }

    /** An organisation's cancellation policy in the page's language, one sentence a step; empty for none. */
    public List<String> cancellationPolicy(OrganisationSummary organisation) {
        return organisation.policy() == null ? List.of() : organisation.policy().sentences(language());
    }

    /** What a card guest pays when booking and when the rest is due, in one sentence; null when the whole amount. */
    public String deposit(OrganisationSummary organisation) {
        DepositRule rule = organisation.depositRule();
        if (rule == null) {
            return null;
        }
        return rule.percent() == null ? formatted("room.deposit.first-night", organisation.balanceDaysBefore())
                : formatted("room.deposit.percent", rule.percent(), organisation.balanceDaysBefore());
    }

    /** The language of the page's locale, English for one Bookspace does not speak. */
    public Language language() {
        return Language.of(locale().getLanguage()).orElse(Language.ENGLISH);
    }

    /** The page's locale: its view's, or the reader's where no view is being drawn. */
    public Locale locale() {
        if (fixed != null) {
            return fixed;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null
                ? faces.getViewRoot().getLocale() : pageLanguage.getLocale();
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(), PageWords.class.getClassLoader());
    }
}
