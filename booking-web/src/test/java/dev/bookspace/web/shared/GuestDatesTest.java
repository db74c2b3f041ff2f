package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in the guest's own format and week, never ISO, with a year PrimeFaces' picker reads in four digits. */
class GuestDatesTest {

    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

    @Test
    void aBritishGuestReadsDayMonthYearAndAnAmericanMonthDayYear() {
        assertThat(format(Locale.UK)).isEqualTo("4 Dec 2026");
        assertThat(format(Locale.US)).isEqualTo("Dec 4, 2026");
        assertThat(GuestDates.patternOf(Locale.UK)).isEqualTo("d MMM yyyy");
        assertThat(GuestDates.patternOf(Locale.US)).isEqualTo("MMM d, yyyy");
    }

    @Test
    void aStayInATitleIsShortInTheGuestsOwnOrder() {
        GuestDates british = new GuestDates(Locale.UK);
        GuestDates american = new GuestDates(Locale.US);
        assertThat(british.stay(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 12))).isEqualTo("10–12 Jan");
        assertThat(american.stay(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 12))).isEqualTo("Jan 10–12");
        assertThat(british.stay(LocalDate.of(2027, 1, 30), LocalDate.of(2027, 2, 2))).isEqualTo("30 Jan – 2 Feb");
        assertThat(american.stay(LocalDate.of(2027, 1, 30), LocalDate.of(2027, 2, 2))).isEqualTo("Jan 30 – Feb 2");
        assertThat(british.stay(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2))).isEqualTo("30 Dec 2026 – 2 Jan 2027");
    }

    @Test
    void theWeekStartsOnTheGuestsFirstDay() {
        assertThat(GuestDates.pickerLocaleOf(Locale.US)).contains("\"firstDayOfWeek\":0").contains("\"dayNamesMin\":[\"Su\",\"Mo\"");
        assertThat(GuestDates.pickerLocaleOf(Locale.UK)).contains("\"firstDayOfWeek\":1");
        assertThat(GuestDates.pickerLocaleOf(Locale.GERMANY)).contains("\"firstDayOfWeek\":1").contains("Dezember");
    }

    @Test
    void theFirstLanguageJavaHasDatesForWinsAndARegionJavaLacksFallsBackToItsLanguage() {
        assertThat(GuestDates.preferred(List.of(Locale.forLanguageTag("tlh"), Locale.US).iterator())).isEqualTo(Locale.US);
        assertThat(GuestDates.preferred(List.of(Locale.forLanguageTag("de-XX")).iterator())).isEqualTo(Locale.GERMAN);
        assertThat(GuestDates.preferred(List.<Locale>of().iterator())).isEqualTo(GuestDates.NO_PREFERENCE);
    }

    @Test
    void aStayTypedAsThePickerWritesOneReadsBackAndOneTheDatesRefuseSaysWhy() {
        GuestDates british = new GuestDates(Locale.UK);
        assertThat(british.parseRange("4 dec 2026 - 6 Dec 2026")).containsExactly(DEC_4, DEC_4.plusDays(2));
        assertThat(british.parseRange("4 Dec 2026")).containsExactly(DEC_4);
        assertThat(british.parseRange("2026-12-04")).isNull();

        assertThat(StayRange.refusal("6 Dec 2026 - 4 Dec 2026", british, DEC_4)).map(Throwable::getMessage)
                .contains("Checkout must be after check-in.");
        assertThat(StayRange.refusal("1 Jan 0001 - 3 Jan 0001", british, DEC_4)).map(Throwable::getMessage)
                .contains("Check-in cannot be in the past; choose today or a later date.");
        assertThat(StayRange.refusal("4 Dec 2026 - 6 Dec 2026", british, DEC_4)).isEmpty();
    }

    @Test
    void aPageInAnotherLanguageWritesDatesAsThatLanguageDoesInTheBrowsersCountryWhereItAsksForIt() {
        List<Locale> austrian = List.of(Locale.forLanguageTag("de-AT"), Locale.ENGLISH);

        assertThat(GuestDates.inLanguageOf(Locale.GERMAN, austrian.iterator())).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(GuestDates.inLanguageOf(Locale.FRENCH, austrian.iterator())).isEqualTo(Locale.FRENCH);
        assertThat(new GuestDates(Locale.GERMAN).format(DEC_4)).isEqualTo("04.12.2026");
        assertThat(new GuestDates(Locale.FRENCH).format(DEC_4)).isEqualTo("4 déc. 2026");
    }

    @Test
    void aPatternsQuotedWordsAreLeftOutSinceThePickerReadsNoQuotes() {
        GuestDates portuguese = new GuestDates(Locale.forLanguageTag("pt"));

        assertThat(portuguese.getPattern()).doesNotContain("'");
        assertThat(portuguese.parseRange(portuguese.format(DEC_4) + " - " + portuguese.format(DEC_4.plusDays(2))))
                .containsExactly(DEC_4, DEC_4.plusDays(2));
    }

    private static String format(Locale locale) {
        return DateTimeFormatter.ofPattern(GuestDates.patternOf(locale), locale).format(DEC_4);
    }
}
