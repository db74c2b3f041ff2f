package dev.bookspace.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.Plural;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardWordsTest {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");
    private static final Set<String> DATE_PATTERNS = Set.of("date.day", "date.long", "calendar.dayLabel", "rates.monthPattern");

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 31})
    void englishCountsReadAsTheyDidBefore(long count) {
        assertThat(DashboardWords.of(Locale.ENGLISH, "count.nights", count)).isEqualTo(Plural.of(count, "night"));
        assertThat(DashboardWords.of(Locale.ENGLISH, "count.guests", count)).isEqualTo(Plural.of(count, "guest"));
        assertThat(DashboardWords.of(Locale.ENGLISH, "count.bookings", count)).isEqualTo(Plural.of(count, "booking"));
        assertThat(DashboardWords.of(Locale.ENGLISH, "count.roomNights", count)).isEqualTo(Plural.of(count, "room-night"));
    }

    @Test
    void countsAgreeWithTheirNumberInEachLanguage() {
        assertThat(DashboardWords.of(GERMAN, "count.nights", 1)).isEqualTo("1 Nacht");
        assertThat(DashboardWords.of(GERMAN, "count.nights", 3)).isEqualTo("3 Nächte");
        assertThat(DashboardWords.of(Locale.FRENCH, "count.nights", 0)).isEqualTo("0 nuit");
        assertThat(DashboardWords.of(PORTUGUESE, "count.guests", 2)).isEqualTo("2 hóspedes");
    }

    @Test
    void sentencesTakeTheirValues() {
        assertThat(DashboardWords.of(Locale.ENGLISH, "rooms.saved", "Sea Room")).isEqualTo("Sea Room saved.");
        assertThat(DashboardWords.of(GERMAN, "rooms.saved", "Sea Room")).isEqualTo("Sea Room gespeichert.");
        assertThat(DashboardWords.of(Locale.ENGLISH, "rooms.saved", "Anne's {Room}")).isEqualTo("Anne's {Room} saved.");
    }

    /** A sentence MessageFormat cannot read, or a date pattern DateTimeFormatter cannot, fails here, not on a page. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "pt"})
    void everySentenceAndDatePatternReads(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle words = ResourceBundle.getBundle(DashboardWords.BUNDLE, locale);
        for (String key : words.keySet()) {
            String text = words.getString(key);
            if (DATE_PATTERNS.contains(key)) {
                assertThat(DashboardWords.dated(locale, key, LocalDate.of(2026, 12, 4))).as(key).isNotBlank();
            } else if (text.contains("{0")) {
                assertThat(DashboardWords.of(locale, key, 2, "b", "c")).as("%s in %s", key, language)
                        .doesNotContain("{0").doesNotContain("{1").doesNotContain("{2");
                assertThat(new MessageFormat(text).getFormats()).as(key).isNotEmpty();
            }
        }
    }

    @Test
    void englishDaysStayIsoAndOtherLanguagesWriteThemOut() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertThat(DashboardWords.dated(Locale.ENGLISH, "date.long", day)).isEqualTo("2026-12-04");
        assertThat(DashboardWords.dated(GERMAN, "date.long", day)).isEqualTo("Freitag, 4. Dezember 2026");
        assertThat(DashboardWords.dated(Locale.FRENCH, "date.long", day)).isEqualTo("vendredi 4 décembre 2026");
        assertThat(DashboardWords.dated(PORTUGUESE, "date.long", day)).isEqualTo("sexta-feira, 4 de dezembro de 2026");
        assertThat(DashboardWords.dated(GERMAN, "date.day", day)).isEqualTo("04.12.2026");
    }
}
