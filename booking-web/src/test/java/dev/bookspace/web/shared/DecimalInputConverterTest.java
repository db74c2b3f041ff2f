package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputConverterTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "95.50      | 95.50",
        "95,50      | 95.50",
        "120        | 120",
        "1,250.00   | 1250.00",
        "1.250,00   | 1250.00",
        "1 250,00   | 1250.00",
        "1.250.000  | 1250000",
        "1,250,000  | 1250000",
        "-15        | -15",
        "12,5       | 12.5",
        "' 7.25 '   | 7.25",
    })
    void readsANumberWhicheverMarksThePersonUses(String typed, String number) {
        assertThat(DecimalInputConverter.parse(typed)).contains(new BigDecimal(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve", "12,50,5.0.1", "1..2", ",", "€12", "12e3", "--1"})
    void refusesWhatIsNotANumber(String typed) {
        assertThat(DecimalInputConverter.parse(typed)).isEmpty();
    }
}
