package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.Money;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DepositRuleTest {

    @ParameterizedTest(name = "{0} % of {1} {2} is {3}")
    @CsvSource({
            // 2 decimals: 30 % of €240.00, and half a cent rounded up (30 % of €0.05 is 1.5 cents)
            "30, 24000, EUR, 7200",
            "30, 5, EUR, 2",
            "33, 10001, EUR, 3300",
            // 0 decimals: yen have no smaller unit, 25 % of ¥1,002 is ¥250.5, so ¥251
            "25, 1002, JPY, 251",
            "50, 3, JPY, 2",
            // 3 decimals: fils, 10 % of 12.345 dinars is 1.2345, so 1.235 (half-up)
            "10, 12345, KWD, 1235",
            "1, 49, KWD, 1"})
    void aPercentageOfTheTotalIsRoundedHalfUpToTheCurrencysMinorUnit(int percent, long totalMinor, String currency,
            long depositMinor) {
        Money total = new Money(totalMinor, Currency.getInstance(currency));

        assertThat(DepositRule.percentOfTotal(percent).deposit(total, total).minor()).isEqualTo(depositMinor);
    }

    @ParameterizedTest(name = "first night {1} of {0} {2} is {3}")
    @CsvSource({
            "24000, 12000, EUR, 12000",
            "30000, 15000, JPY, 15000",
            "90500, 30125, KWD, 30125",
            // A stay cheaper than its first night (a discount) never takes more than its total.
            "10000, 12000, EUR, 10000"})
    void theFirstNightIsItsPriceAndNeverMoreThanTheTotal(long totalMinor, long firstNightMinor, String currency,
            long depositMinor) {
        Currency money = Currency.getInstance(currency);

        assertThat(DepositRule.FIRST_NIGHT.deposit(new Money(totalMinor, money), new Money(firstNightMinor, money)).minor())
                .isEqualTo(depositMinor);
    }

    @Test
    void aTinyTotalStillTakesAMinorUnitAndAFreeStayNothing() {
        Currency euro = Currency.getInstance("EUR");

        assertThat(DepositRule.percentOfTotal(1).deposit(new Money(10, euro), new Money(10, euro)).minor()).isEqualTo(1);
        assertThat(DepositRule.percentOfTotal(30).deposit(new Money(0, euro), new Money(0, euro)).minor()).isZero();
    }

    @Test
    void theStoredCodeReadsBackAsTheSameRule() {
        assertThat(DepositRule.parse("30%")).contains(DepositRule.percentOfTotal(30));
        assertThat(DepositRule.parse("first-night")).contains(DepositRule.FIRST_NIGHT);
        assertThat(DepositRule.parse(null)).isEmpty();
        assertThat(DepositRule.percentOfTotal(30).code()).isEqualTo("30%");
        assertThat(DepositRule.FIRST_NIGHT.code()).isEqualTo("first-night");
        assertThat(DepositRule.percentOfTotal(30).sentence()).isEqualTo("30 % of the total");
    }

    @Test
    void aDepositIsOneToNinetyNinePercent() {
        assertThatThrownBy(() -> DepositRule.percentOfTotal(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DepositRule.percentOfTotal(100)).isInstanceOf(IllegalArgumentException.class);
    }
}
