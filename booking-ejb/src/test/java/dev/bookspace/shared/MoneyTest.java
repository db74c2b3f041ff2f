package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsEachCurrencyWithItsOwnSymbolAndDecimals() {
        assertThat(Money.of(125_000, "EUR").formatted()).isEqualTo("€1,250.00");
        assertThat(Money.of(125_000, "JPY").formatted()).isEqualTo("JP¥125,000");
        assertThat(Money.of(-995, "GBP").formatted()).isEqualTo("-£9.95");
        assertThat(Money.of(125_000, "EUR").formatted()).isEqualTo("€1,250.00");
    }

    @Test
    void formatsAsAReaderOfTheLocaleWritesIt() {
        Money price = Money.of(125_000, "EUR");

        assertThat(price.formatted(Locale.GERMAN)).isEqualTo("1.250,00\u00a0€");
        assertThat(price.formatted(Locale.FRENCH)).isEqualTo("1\u202f250,00\u00a0€");
        assertThat(price.formatted(Locale.UK)).isEqualTo(price.formatted()).isEqualTo("€1,250.00");
    }

    @Test
    void formatsTheSameFromManyThreadsAtOnce() {
        List<String> expected = IntStream.range(0, 20_000).mapToObj(MoneyTest::amount).map(Money::formatted).toList();

        List<String> concurrent = IntStream.range(0, 20_000).parallel().mapToObj(MoneyTest::amount).map(Money::formatted).toList();

        assertThat(concurrent).isEqualTo(expected);
    }

    private static Money amount(int i) {
        return Money.of(i * 1_234L, List.of("EUR", "JPY", "GBP", "USD").get(i % 4));
    }
}
