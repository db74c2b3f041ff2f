package dev.bookspace.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // nightly | currency | check-in   | checkout   | total | label                | formatted total
        "12000     | EUR      | 2027-01-01 | 2027-01-03 | 24000 | 2 nights × €120.00   | €240.00",
        "9950      | GBP      | 2027-01-01 | 2027-01-02 | 9950  | 1 night × £99.50     | £99.50",
        "15000     | JPY      | 2027-03-01 | 2027-03-08 | 105000| 7 nights × JP¥15,000 | JP¥105,000",
        "0         | USD      | 2027-01-01 | 2027-01-31 | 0     | 30 nights × US$0.00  | US$0.00",
    })
    void pricesAStayAsNightsTimesTheNightlyPrice(long nightly, String currency, String checkIn, String checkout,
            long total, String label, String formattedTotal) {
        Quote quote = Pricing.stay(Money.of(nightly, currency), StayPeriod.parse(checkIn, checkout));

        assertThat(quote.total()).isEqualTo(Money.of(total, currency));
        assertThat(quote.total().formatted()).isEqualTo(formattedTotal);
        assertThat(quote.lines()).extracting(QuoteLine::label).containsExactly(label);
    }
}
