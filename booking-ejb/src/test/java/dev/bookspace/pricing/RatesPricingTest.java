package dev.bookspace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bookspace.catalog.AddOnPricing;
import dev.bookspace.pricing.RateCard.Charge;
import dev.bookspace.pricing.RateCard.Season;
import dev.bookspace.pricing.RateCard.StayDiscount;
import dev.bookspace.pricing.RateCard.WeekdayRate;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nights priced by the most specific rule, grouped by rate; discounts, taxes and fees as their own
 * lines; every percentage rounded half-up to the currency's minor unit. 2027-01-01 is a Friday.
 */
class RatesPricingTest {

    private static final long SEA_ROOM = 1;
    private static final long GARDEN_ROOM = 2;
    private static final Map<Long, Money> BASE = Map.of(SEA_ROOM, eur(10_000), GARDEN_ROOM, eur(9_000));

    /** Weekends dearer for the Sea Room; January cheaper for it; summer 20 % up for all, the Garden Room at its own price. */
    private static final RateCard RATES = new RateCard(
            List.of(new Season("Low season", LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-31"), null,
                            Map.of(SEA_ROOM, eur(8_000))),
                    new Season("High season", LocalDate.parse("2027-07-01"), LocalDate.parse("2027-08-31"), BigDecimal.valueOf(20),
                            Map.of(GARDEN_ROOM, eur(20_000)))),
            List.of(new WeekdayRate("Weekend", Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Map.of(SEA_ROOM, eur(15_000)))),
            List.of(), List.of());

    @ParameterizedTest(name = "{0} {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        // room | check-in   | checkout   | total | lines, in order
        "1 | 2027-01-01 | 2027-01-06 | 56000 | 2 nights × €150.00 (Weekend); 1 night × €100.00; 2 nights × €80.00 (Low season)",
        "1 | 2027-01-29 | 2027-02-02 | 34000 | 3 nights × €80.00 (Low season); 1 night × €100.00",
        "1 | 2027-01-03 | 2027-01-04 | 10000 | 1 night × €100.00",
        "1 | 2027-01-04 | 2027-01-05 | 8000  | 1 night × €80.00 (Low season)",
        "1 | 2027-06-28 | 2027-07-04 | 78000 | 3 nights × €100.00; 1 night × €120.00 (High season); 2 nights × €180.00 (High season, Weekend)",
        "2 | 2027-07-01 | 2027-07-04 | 60000 | 3 nights × €200.00 (High season)",
        "2 | 2027-01-01 | 2027-01-03 | 18000 | 2 nights × €90.00",
        "2 | 2027-08-31 | 2027-09-02 | 29000 | 1 night × €200.00 (High season); 1 night × €90.00",
    })
    void pricesEachNightByTheMostSpecificRuleAndGroupsNightsByRate(long room, String checkIn, String checkout,
            long total, String lines) {
        StayPeriod stay = StayPeriod.parse(checkIn, checkout);

        Quote quote = Pricing.quote(RATES, room, BASE.get(room), stay, 2, List.of());

        assertThat(quote.lines()).extracting(QuoteLine::label).containsExactly(lines.split("; "));
        assertThat(quote.lines()).extracting(QuoteLine::kind).containsOnly(LineKind.NIGHTS);
        assertThat(quote.total()).isEqualTo(eur(total));
        assertThat(Pricing.stayTotal(RATES, room, BASE.get(room), stay)).isEqualTo(quote.total());
    }

    @ParameterizedTest(name = "{0} nights at {1}")
    @CsvSource(delimiter = '|', value = {
        // nights | nightly | discount line                   | discount | total
        "6        | 10000   |                                 | 0        | 60000",
        "7        | 10000   | 7 nights or more: 10 % off      | -7000    | 63000",
        "13       | 10000   | 7 nights or more: 10 % off      | -13000   | 117000",
        "14       | 10000   | 14 nights or more: 12.5 % off   | -17500   | 122500",
        "7        | 9995    | 7 nights or more: 10 % off      | -6997    | 62968",
        "14       | 9999    | 14 nights or more: 12.5 % off   | -17498   | 122488",
    })
    void takesTheLargestLengthOfStayDiscountTheStayReachesOffItsNights(int nights, long nightly, String label,
            long discount, long total) {
        RateCard rates = new RateCard(List.of(), List.of(), List.of(new StayDiscount(7, BigDecimal.TEN),
                new StayDiscount(14, new BigDecimal("12.5"))), List.of());
        StayPeriod stay = StayPeriod.of(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-01").plusDays(nights));

        Quote quote = Pricing.quote(rates, SEA_ROOM, eur(nightly), stay, 1, List.of());

        List<QuoteLine> discounts = quote.lines().stream().filter(line -> line.kind() == LineKind.DISCOUNT).toList();
        if (label == null) {
            assertThat(discounts).isEmpty();
        } else {
            assertThat(discounts).containsExactly(new QuoteLine(LineKind.DISCOUNT, label, eur(discount)));
        }
        assertThat(quote.total()).isEqualTo(eur(total));
        assertThat(quote.stay()).isEqualTo(eur(total));
    }

    @Test
    void showsTaxesAndFeesAsTheirOwnLinesAndAddsOnlyThoseNotIncluded() {
        RateCard rates = new RateCard(List.of(), List.of(), List.of(), List.of(
                new Charge("City tax", ChargeKind.PER_GUEST_NIGHT, eur(250), null),
                new Charge("Cleaning", ChargeKind.PER_BOOKING, eur(3_000), null),
                new Charge("VAT", ChargeKind.PERCENT_INCLUDED, null, BigDecimal.TEN)));
        PricedAddOn breakfast = new PricedAddOn("Breakfast", eur(1_200), AddOnPricing.PER_GUEST, 1);

        Quote quote = Pricing.quote(rates, SEA_ROOM, eur(10_000), StayPeriod.parse("2027-03-01", "2027-03-04"), 2,
                List.of(breakfast));

        assertThat(quote.lines()).containsExactly(
                new QuoteLine(LineKind.NIGHTS, "3 nights × €100.00", eur(30_000)),
                new QuoteLine(LineKind.ADD_ON, "Breakfast (2 guests × €12.00)", eur(2_400)),
                new QuoteLine(LineKind.FEE, "Cleaning", eur(3_000)),
                new QuoteLine(LineKind.TAX, "City tax (2 guests × 3 nights × €2.50)", eur(1_500)),
                // 10/110 of €354.00 is €32.1818…
                new QuoteLine(LineKind.INCLUDED_TAX, "VAT 10 % (included)", eur(3_218)));
        assertThat(quote.total()).isEqualTo(eur(30_000 + 2_400 + 3_000 + 1_500));
    }

    @Test
    void addsAPercentageTaxOnTheDiscountedStayAddOnsAndFeesButNotOnOtherTaxes() {
        RateCard rates = new RateCard(List.of(), List.of(), List.of(new StayDiscount(7, BigDecimal.TEN)), List.of(
                new Charge("Cleaning", ChargeKind.PER_BOOKING, eur(3_000), null),
                new Charge("Sales tax", ChargeKind.PERCENT_ADDED, null, new BigDecimal("8.25")),
                new Charge("City tax", ChargeKind.PER_GUEST_NIGHT, eur(100), null)));

        Quote quote = Pricing.quote(rates, SEA_ROOM, eur(10_000), StayPeriod.parse("2027-03-01", "2027-03-08"), 1, List.of());

        // (€700.00 − €70.00 + €30.00) × 8.25 % = €54.45
        assertThat(quote.lines()).extracting(QuoteLine::label, QuoteLine::amount).containsExactly(
                tuple("7 nights × €100.00", eur(70_000)),
                tuple("7 nights or more: 10 % off", eur(-7_000)),
                tuple("Cleaning", eur(3_000)),
                tuple("Sales tax 8.25 %", eur(5_445)),
                tuple("City tax (1 guest × 7 nights × €1.00)", eur(700)));
        assertThat(quote.total()).isEqualTo(eur(70_000 - 7_000 + 3_000 + 5_445 + 700));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // currency (decimals) | base  | season night | night label               | VAT incl. | sales tax 5 % | discount 10 % of 7 nights
        "JPY | 15005 | 16506 | 1 night × JP¥16,506 (Summer)   | 1001 | 550 | -11554",
        "EUR | 10005 | 11006 | 1 night × €110.06 (Summer)     | 1001 | 550 | -7704",
        "KWD | 10005 | 11006 | 1 night × KWD11.006 (Summer)   | 1001 | 550 | -7704",
    })
    void roundsEveryPercentageHalfUpToTheCurrencysMinorUnit(String currency, long base, long seasonNight, String label,
            long includedVat, long salesTax, long discount) {
        Money nightly = Money.of(base, currency);
        StayPeriod night = StayPeriod.parse("2027-07-01", "2027-07-02");
        RateCard summer = new RateCard(List.of(new Season("Summer", night.checkIn(), night.checkIn(), BigDecimal.TEN, Map.of())),
                List.of(), List.of(), List.of());
        RateCard taxes = new RateCard(List.of(), List.of(), List.of(), List.of(
                new Charge("VAT", ChargeKind.PERCENT_INCLUDED, null, BigDecimal.TEN),
                new Charge("Sales tax", ChargeKind.PERCENT_ADDED, null, BigDecimal.valueOf(5))));
        RateCard weekly = new RateCard(List.of(), List.of(), List.of(new StayDiscount(7, BigDecimal.TEN)), List.of());

        // 10 % over 10005 is 1000.5 minor units: half-up makes it 1001 (€10.01, KWD1.001); over ¥15,005, ¥1,501.
        assertThat(Pricing.quote(summer, SEA_ROOM, nightly, night, 1, List.of()).lines())
                .containsExactly(new QuoteLine(LineKind.NIGHTS, label, Money.of(seasonNight, currency)));
        // 10/110 of 11006 is 1000.545…, 5 % of it 550.3, 10 % of 7 × 11006 = 7704.2.
        Quote taxed = Pricing.quote(taxes, SEA_ROOM, Money.of(11_006, currency), night, 1, List.of());
        assertThat(amounts(taxed, LineKind.INCLUDED_TAX)).containsExactly(includedVat);
        assertThat(amounts(taxed, LineKind.TAX)).containsExactly(salesTax);
        assertThat(taxed.total().minor()).isEqualTo(11_006 + salesTax);
        Money weekNightly = Money.of(currency.equals("JPY") ? 16_506 : 11_006, currency);
        assertThat(amounts(Pricing.quote(weekly, SEA_ROOM, weekNightly, StayPeriod.parse("2027-03-01", "2027-03-08"), 1, List.of()),
                LineKind.DISCOUNT)).containsExactly(discount);
    }

    @Test
    void withoutRatesEveryNightIsAtTheBasePriceAsBefore() {
        Quote quote = Pricing.quote(RateCard.NONE, SEA_ROOM, eur(12_000), StayPeriod.parse("2027-01-01", "2027-01-08"), 2, List.of());

        assertThat(quote.lines()).containsExactly(new QuoteLine(LineKind.NIGHTS, "7 nights × €120.00", eur(84_000)));
        assertThat(quote).isEqualTo(Pricing.quote(eur(12_000), StayPeriod.parse("2027-01-01", "2027-01-08"), 2, List.of()));
    }

    private static List<Long> amounts(Quote quote, LineKind kind) {
        return quote.lines().stream().filter(line -> line.kind() == kind).map(line -> line.amount().minor()).toList();
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }
}
