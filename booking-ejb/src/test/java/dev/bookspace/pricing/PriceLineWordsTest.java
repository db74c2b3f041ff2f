package dev.bookspace.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.catalog.AddOnPricing;
import dev.bookspace.pricing.RateCard.Charge;
import dev.bookspace.pricing.RateCard.Season;
import dev.bookspace.pricing.RateCard.StayDiscount;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A quote's lines, as Pricing writes them in English and a booking stores them, read in another language with its
 * money; English reads exactly as stored, and a label that does not read back to itself is left as it stands.
 */
class PriceLineWordsTest {

    private static final RateCard RATES = new RateCard(
            List.of(new Season("Low season", LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-31"), null,
                    Map.of(1L, eur(8_000)))),
            List.of(), List.of(new StayDiscount(7, new BigDecimal("12.5"))), List.of(
                    new Charge("Cleaning", ChargeKind.PER_BOOKING, eur(3_000), null),
                    new Charge("City tax", ChargeKind.PER_GUEST_NIGHT, eur(250), null),
                    new Charge("Sales tax", ChargeKind.PERCENT_ADDED, null, BigDecimal.valueOf(5)),
                    new Charge("VAT", ChargeKind.PERCENT_INCLUDED, null, BigDecimal.TEN)));

    private final Quote quote = Pricing.quote(RATES, 1, eur(10_000), StayPeriod.parse("2027-03-01", "2027-03-08"), 2,
            List.of(new PricedAddOn("Breakfast (continental)", eur(1_200), AddOnPricing.PER_GUEST_NIGHT, 2),
                    new PricedAddOn("Parking", eur(500), AddOnPricing.PER_BOOKING, 1)));

    @Test
    void everyLineReadsInGermanWithGermanMoneyAndTheNamesStaffGave() {
        assertThat(quote.lines()).extracting(line -> PriceLineWords.of(line, Language.GERMAN)).containsExactly(
                "7 Nächte × 80,00\u00a0€ (Low season)",
                "7 Nächte oder mehr: 12,5 % Rabatt",
                "Breakfast (continental) (2 × 2 Gäste × 7 Nächte × 12,00\u00a0€)",
                "Parking (5,00\u00a0€)",
                "Cleaning",
                "City tax (2 Gäste × 7 Nächte × 2,50\u00a0€)",
                "Sales tax 5 %",
                "VAT 10 % (inbegriffen)");
    }

    @Test
    void englishReadsAsStoredAndFrenchCountsInFrench() {
        assertThat(quote.lines()).extracting(line -> PriceLineWords.of(line, Language.ENGLISH))
                .containsExactlyElementsOf(quote.lines().stream().map(QuoteLine::label).toList());
        assertThat(PriceLineWords.of(new QuoteLine(LineKind.NIGHTS, "1 night × €120.00", eur(12_000)), Language.FRENCH))
                .isEqualTo("1 nuit × 120,00\u00a0€");
    }

    @Test
    void aLabelWhosePriceDoesNotMatchItsAmountStaysAsItWasStored() {
        QuoteLine odd = new QuoteLine(LineKind.NIGHTS, "2 nights × €120.00", eur(25_000));

        assertThat(PriceLineWords.of(odd, Language.PORTUGUESE)).isEqualTo("2 nights × €120.00");
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }
}
