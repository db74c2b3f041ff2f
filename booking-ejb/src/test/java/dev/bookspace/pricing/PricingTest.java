package dev.bookspace.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.catalog.AddOnPricing;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

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
        assertThat(Pricing.stayTotal(Money.of(nightly, currency), StayPeriod.parse(checkIn, checkout))).isEqualTo(quote.total());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // mode       | unit | qty | nights | guests | currency | amount | label
        "PER_BOOKING  | 2500 | 1   | 3      | 2      | EUR      | 2500   | Late checkout (€25.00)",
        "PER_BOOKING  | 2500 | 2   | 3      | 2      | EUR      | 5000   | Late checkout (2 × €25.00)",
        "PER_NIGHT    | 1500 | 1   | 3      | 2      | EUR      | 4500   | Late checkout (3 nights × €15.00)",
        "PER_NIGHT    | 1500 | 2   | 1      | 4      | GBP      | 3000   | Late checkout (2 × 1 night × £15.00)",
        "PER_GUEST    | 1200 | 1   | 3      | 2      | EUR      | 2400   | Late checkout (2 guests × €12.00)",
        "PER_GUEST    | 1200 | 3   | 2      | 1      | USD      | 3600   | Late checkout (3 × 1 guest × US$12.00)",
        "PER_GUEST    | 500  | 2   | 5      | 4      | JPY      | 4000   | Late checkout (2 × 4 guests × JP¥500)",
        "PER_GUEST_NIGHT | 1200 | 1 | 3      | 2      | EUR      | 7200   | Late checkout (2 guests × 3 nights × €12.00)",
        "PER_GUEST_NIGHT | 950  | 2 | 1      | 1      | GBP      | 1900   | Late checkout (2 × 1 guest × 1 night × £9.50)",
        "PER_GUEST_NIGHT | 500  | 1 | 4      | 3      | JPY      | 6000   | Late checkout (3 guests × 4 nights × JP¥500)",
    })
    void pricesAnAddOnByItsModeQuantityNightsAndGuests(AddOnPricing mode, long unit, int quantity, int nights,
            int guests, String currency, long amount, String label) {
        StayPeriod stay = StayPeriod.of(NEW_YEAR, NEW_YEAR.plusDays(nights));
        PricedAddOn addOn = new PricedAddOn("Late checkout", Money.of(unit, currency), mode, quantity);

        Quote quote = Pricing.quote(Money.of(10_000, currency), stay, guests, List.of(addOn));

        assertThat(quote.addOns()).containsExactly(new QuoteLine(LineKind.ADD_ON, label, Money.of(amount, currency)));
        assertThat(quote.total()).isEqualTo(Money.of(10_000L * nights + amount, currency));
    }

    @Test
    void totalsTheStayAndEveryAddOnInTheOrderChosen() {
        StayPeriod twoNights = StayPeriod.parse("2027-01-01", "2027-01-03");
        List<PricedAddOn> addOns = List.of(
                new PricedAddOn("Breakfast", Money.of(1200, "EUR"), AddOnPricing.PER_GUEST, 1),
                new PricedAddOn("Parking", Money.of(1500, "EUR"), AddOnPricing.PER_NIGHT, 1));

        Quote quote = Pricing.quote(Money.of(12_000, "EUR"), twoNights, 2, addOns);

        assertThat(quote.lines()).extracting(QuoteLine::label)
                .containsExactly("2 nights × €120.00", "Breakfast (2 guests × €12.00)", "Parking (2 nights × €15.00)");
        assertThat(quote.total()).isEqualTo(Money.of(24_000 + 2_400 + 3_000, "EUR"));
    }
}
