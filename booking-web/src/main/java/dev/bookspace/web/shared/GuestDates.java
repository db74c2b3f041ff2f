package dev.bookspace.web.shared;

import static dev.bookspace.shared.SharedJson.PROVIDER;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dates as the guest writes them, in the public pages' date picker and in the sentences that state a stay:
 * "4 Dec 2026" for a British browser, "Dec 4, 2026" for an American one, and the picker's week starting on
 * the guest's first day of the week. The guest's locale is the first of the browser's languages
 * (Accept-Language, as Faces reads them) that Java has dates for; a request naming none is read as
 * {@link #NO_PREFERENCE}. On a page in another language than English, dates follow the page's language instead
 * ("04.12.2026" on a German page, "4 déc. 2026" on a French one). Addresses stay ISO.
 */
@Named
@RequestScoped
public class GuestDates {

    /** The locale of a request without Accept-Language: day before month, as most of the world writes it. */
    static final Locale NO_PREFERENCE = Locale.UK;
    private static final Set<Locale> KNOWN = Set.of(Locale.getAvailableLocales());

    private Locale locale;
    private DateTimeFormatter formatter;

    public GuestDates() {
        // the request's locale, read when first needed
    }

    /** The dates of a guest of this locale, without a request (tests). */
    GuestDates(Locale locale) {
        this.locale = locale;
    }

    /** The guest's locale for dates. */
    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            boolean asked = faces != null && faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") != null;
            Locale page = faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
            Iterator<Locale> browser = asked ? faces.getExternalContext().getRequestLocales() : Collections.emptyIterator();
            locale = page == null || page.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? preferred(browser)
                    : inLanguageOf(page, browser);
        }
        return locale;
    }

    /**
     * A page in another language than English writes dates in that language: in the browser's own country's way
     * where it asks for that language ("pt-BR"), else in the language's own way.
     */
    static Locale inLanguageOf(Locale page, Iterator<Locale> asked) {
        while (asked.hasNext()) {
            Locale wanted = asked.next();
            if (wanted.getLanguage().equals(page.getLanguage()) && KNOWN.contains(wanted)) {
                return wanted;
            }
        }
        return Locale.forLanguageTag(page.getLanguage());
    }

    static Locale preferred(Iterator<Locale> asked) {
        while (asked.hasNext()) {
            Locale wanted = asked.next();
            if (KNOWN.contains(wanted)) {
                return wanted;
            }
            Locale language = Locale.forLanguageTag(wanted.getLanguage());
            if (!wanted.getLanguage().isEmpty() && KNOWN.contains(language)) {
                return language;
            }
        }
        return NO_PREFERENCE;
    }

    /**
     * The date picker's pattern: the locale's medium date ("d MMM yyyy", "MMM d, yyyy"), with the year in four
     * digits, which is also how PrimeFaces' client reads a year.
     */
    public String getPattern() {
        return patternOf(getLocale());
    }

    static String patternOf(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        // Quoted words ("d 'de' MMM 'de' y" in Portuguese) are left out: the picker's client reads no quotes.
        return pattern.replaceAll("\\s*'[^']*'", "").replace('L', 'M').replaceAll("(?<![y'])y+(?!y)", "yyyy");
    }

    /** A date as the guest writes it. */
    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (formatter == null) {
            formatter = DateTimeFormatter.ofPattern(getPattern(), getLocale());
        }
        return formatter.format(date);
    }

    /**
     * A stay in a few words, as a page's title names it: "10–12 Jan" (British) or "Jan 10–12" (American) within a
     * month, "30 Jan – 2 Feb" across months, with the years only when it crosses into another year.
     */
    public String stay(LocalDate checkIn, LocalDate checkout) {
        if (checkIn == null || checkout == null) {
            return "";
        }
        if (checkIn.getYear() != checkout.getYear()) {
            return format(checkIn) + " – " + format(checkout);
        }
        // The locale's medium date without its year: "d MMM" or "MMM d".
        String dayAndMonth = getPattern().replaceAll("[,.\\s]*y+[.]?", "").strip();
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(dayAndMonth, getLocale());
        if (checkIn.getMonth() != checkout.getMonth()) {
            return dayMonth.format(checkIn) + " – " + dayMonth.format(checkout);
        }
        String day = dayAndMonth.startsWith("d") ? "d" : null;
        return day != null
                ? checkIn.getDayOfMonth() + "–" + dayMonth.format(checkout)
                : dayMonth.format(checkIn) + "–" + checkout.getDayOfMonth();
    }

    /**
     * The dates of a stay typed as the picker writes one ("4 Dec 2026 - 6 Dec 2026", any case): one or two, or null
     * for text that does not read so.
     */
    public List<LocalDate> parseRange(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        DateTimeFormatter reader = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(getPattern())
                .toFormatter(getLocale());
        List<LocalDate> range = new ArrayList<>(2);
        for (String date : text.strip().split("\\s+-\\s+")) {
            try {
                range.add(LocalDate.parse(date.strip(), reader));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return range.size() > 2 ? null : range;
    }

    /**
     * What PrimeFaces' date picker needs to draw a month in the guest's language and week (its
     * {@code PrimeFaces.locales} entry), as JSON: the first day of the week (0 for Sunday) and the names.
     */
    public String getPickerLocale() {
        return pickerLocaleOf(getLocale());
    }

    static String pickerLocaleOf(Locale locale) {
        JsonArrayBuilder days = PROVIDER.createArrayBuilder();
        JsonArrayBuilder daysShort = PROVIDER.createArrayBuilder();
        JsonArrayBuilder daysMin = PROVIDER.createArrayBuilder();
        // PrimeFaces counts the week from Sunday.
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY}) {
            String shortName = day.getDisplayName(TextStyle.SHORT, locale);
            days.add(day.getDisplayName(TextStyle.FULL, locale));
            daysShort.add(shortName);
            daysMin.add(shortName.length() > 2 ? shortName.substring(0, 2) : shortName);
        }
        JsonArrayBuilder months = PROVIDER.createArrayBuilder();
        JsonArrayBuilder monthsShort = PROVIDER.createArrayBuilder();
        Arrays.stream(Month.values()).forEach(month -> {
            months.add(month.getDisplayName(TextStyle.FULL, locale));
            monthsShort.add(month.getDisplayName(TextStyle.SHORT, locale));
        });
        return PROVIDER.createObjectBuilder()
                .add("firstDayOfWeek", WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .add("dayNames", days).add("dayNamesShort", daysShort).add("dayNamesMin", daysMin)
                .add("monthNames", months).add("monthNamesShort", monthsShort)
                .build().toString();
    }
}
