package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralTest {

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            0 | booking | 0 bookings
            1 | guest   | 1 guest
            1 | night   | 1 night
            2 | night   | 2 nights
            1 | add-on  | 1 add-on
            3 | room    | 3 rooms
            """)
    void aCountReadsWithItsNounInTheRightNumber(long count, String noun, String words) {
        assertThat(Plural.of(count, noun)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} {1} in {2} reads \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            1 | night   | GERMAN     | 1 Nacht
            2 | night   | GERMAN     | 2 Nächte
            3 | room    | GERMAN     | 3 Zimmer
            0 | night   | FRENCH     | 0 nuit
            2 | guest   | FRENCH     | 2 personnes
            1 | booking | PORTUGUESE | 1 reserva
            0 | add-on  | PORTUGUESE | 0 extras
            2 | night   | ENGLISH    | 2 nights
            2 | bunk    | GERMAN     | 2 bunks
            """)
    void aCountReadsWithItsNounInTheLanguagesNumber(long count, String noun, Language language, String words) {
        assertThat(Plural.of(count, noun, language)).isEqualTo(words);
    }
}
