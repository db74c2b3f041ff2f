package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.catalog.Amenity;
import dev.bookspace.catalog.BedKind;
import dev.bookspace.catalog.RoomFacts;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageWordsTest {

    private static final PageWords ENGLISH = PageWords.in(Locale.ENGLISH);
    private static final PageWords GERMAN = PageWords.in(Locale.GERMAN);
    private static final PageWords PORTUGUESE = PageWords.in(Locale.forLanguageTag("pt"));

    @Test
    void writesMoneyAsThePagesLanguageDoesAndEnglishAsBefore() {
        Money price = Money.of(125_000, "EUR");

        assertThat(ENGLISH.money(price)).isEqualTo("€1,250.00");
        assertThat(GERMAN.money(price)).isEqualTo("1.250,00\u00a0€");
    }

    @Test
    void countsInTheLanguagesSingularAndPlural() {
        RoomFacts facts = new RoomFacts(List.of(new RoomFacts.Bed(BedKind.DOUBLE, 1), new RoomFacts.Bed(BedKind.SINGLE, 2)),
                25, List.of(Amenity.SEA_VIEW), null, null);

        assertThat(ENGLISH.beds(facts)).isEqualTo(facts.bedSummary());
        assertThat(GERMAN.beds(facts)).isEqualTo("2 Einzelbetten · 1 Doppelbett");
        assertThat(PORTUGUESE.amenities(facts.amenities())).containsExactly("Vista de mar");
        assertThat(GERMAN.formatted("room.capacity", 1)).isEqualTo("Bis zu 1 Gast");
        assertThat(GERMAN.formatted("room.capacity", 4)).isEqualTo("Bis zu 4 Gäste");
    }

    @Test
    void wordsAServicesRefusalInThePagesLanguageAndEnglishAsTheServiceDoes() {
        LocalDate day = LocalDate.of(2027, 1, 10);
        InvalidRequestException refusal = null;
        try {
            StayPeriod.of(day, day);
        } catch (InvalidRequestException e) {
            refusal = e;
        }

        assertThat(ENGLISH.refusal(refusal)).isEqualTo(refusal.getMessage()).isEqualTo("Checkout must be after check-in.");
        assertThat(GERMAN.refusal(refusal)).isEqualTo("Die Abreise muss nach der Anreise liegen.");
    }
}
