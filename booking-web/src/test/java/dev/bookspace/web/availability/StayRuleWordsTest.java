package dev.bookspace.web.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.availability.StayRule;
import dev.bookspace.availability.StayRuleBreach;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.availability.UnavailableItem;
import dev.bookspace.web.shared.PageWords;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StayRuleWordsTest {

    private static final StayRuleBreach MINIMUM = new StayRuleBreach(StayRule.MIN_NIGHTS,
            Map.of("nights", "3", "from", "2027-07-01", "season", "Summer"), "Minimum 3 nights from 2027-07-01");
    private static final StayRuleBreach NO_ARRIVALS = new StayRuleBreach(StayRule.CLOSED_TO_ARRIVAL,
            Map.of("weekdays", "sunday,monday"), "No arrivals on Mondays and Sundays");

    @Test
    void anEnglishPageReadsTheRulesOwnSentences() {
        assertThat(StayRuleWords.problem(new StayRuleException(List.of(MINIMUM, NO_ARRIVALS)), PageWords.in(Locale.ENGLISH)))
                .isEqualTo("Minimum 3 nights from 2027-07-01. No arrivals on Mondays and Sundays.");
    }

    @Test
    void anotherLanguageWordsTheRuleFromItsFigures() {
        assertThat(StayRuleWords.problem(new StayRuleException(List.of(MINIMUM, NO_ARRIVALS)), PageWords.in(Locale.GERMAN)))
                .isEqualTo("Mindestens 3 Nächte ab 2027-07-01. Keine Anreise am Montag und Sonntag.");
        assertThat(StayRuleWords.sentence(new UnavailableItem.Reason(NO_ARRIVALS.code(), NO_ARRIVALS.sentence(),
                NO_ARRIVALS.parameters()), PageWords.in(Locale.FRENCH))).isEqualTo("Pas d'arrivée le lundi et dimanche");
    }
}
