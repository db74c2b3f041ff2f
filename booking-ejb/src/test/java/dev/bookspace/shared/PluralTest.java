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
}
