package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bookspace.organisation.CancellationPolicy.Tier;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CancellationPolicyTest {

    private static final LocalDate CHECK_IN = LocalDate.of(2027, 7, 10);
    private static final Money PAID = Money.of(45_000, "EUR");

    /** Free until 7 days before check-in, then half. */
    private final CancellationPolicy weekThenHalf = new CancellationPolicy(List.of(new Tier(0, 50), new Tier(7, 100)));

    @ParameterizedTest(name = "cancelled on {0}: {1} minor units back")
    @CsvSource({
            "2027-06-01, 45000",  // weeks ahead: everything
            "2027-07-03, 45000",  // exactly 7 days before: still free
            "2027-07-04, 22500",  // 6 days before: half
            "2027-07-10, 22500",  // the day of check-in: half
            "2027-07-11, 0"})     // after check-in: nothing
    void refundsByTheTierTheDaysBeforeCheckInReach(LocalDate today, long refundMinor) {
        assertThat(weekThenHalf.refund(PAID, today, CHECK_IN)).isEqualTo(Money.of(refundMinor, "EUR"));
    }

    @Test
    void countsDaysFromTheOrganisationsOwnTodayNotTheServers() {
        // 13:30 UTC on 3 July is 14:30 on 3 July in London (7 days before check-in) and 01:30 on 4 July in Auckland (6).
        Clock clock = Clock.fixed(Instant.parse("2027-07-03T13:30:00Z"), ZoneId.of("UTC"));
        Organisation london = new Organisation("london", "London", Currency.getInstance("EUR"), ZoneId.of("Europe/London"));
        Organisation auckland = new Organisation("auckland", "Auckland", Currency.getInstance("EUR"), ZoneId.of("Pacific/Auckland"));

        assertThat(weekThenHalf.refund(PAID, london.today(clock), CHECK_IN)).isEqualTo(PAID);
        assertThat(weekThenHalf.refund(PAID, auckland.today(clock), CHECK_IN)).isEqualTo(Money.of(22_500, "EUR"));
    }

    @Test
    void roundsHalfUpToTheCurrencysMinorUnit() {
        CancellationPolicy third = new CancellationPolicy(List.of(new Tier(0, 33)));

        assertThat(third.refund(Money.of(5, "EUR"), CHECK_IN, CHECK_IN)).isEqualTo(Money.of(2, "EUR"));   // 1.65 -> 2
        assertThat(new CancellationPolicy(List.of(new Tier(0, 50))).refund(Money.of(5, "EUR"), CHECK_IN, CHECK_IN))
                .isEqualTo(Money.of(3, "EUR"));                                                        // 2.5 -> 3
        assertThat(third.refund(Money.of(1_001, "JPY"), CHECK_IN, CHECK_IN)).isEqualTo(Money.of(330, "JPY"));  // 330.33 -> 330
        assertThat(third.refund(Money.of(12_345, "KWD"), CHECK_IN, CHECK_IN)).isEqualTo(Money.of(4_074, "KWD")); // 4073.85 -> 4074
    }

    @Test
    void nonRefundableGivesNothingBack() {
        assertThat(CancellationPolicy.NON_REFUNDABLE.refund(PAID, CHECK_IN.minusYears(1), CHECK_IN)).isEqualTo(Money.of(0, "EUR"));
        assertThat(CancellationPolicy.NON_REFUNDABLE.sentences()).containsExactly("Non-refundable: nothing is refunded if you cancel.");
    }

    @Test
    void saysThePolicyInPlainWords() {
        assertThat(weekThenHalf.sentences()).containsExactly(
                "Cancel 7 days or more before check-in: full refund.",
                "Cancel later, up to the day of check-in: 50 % refunded.");
        assertThat(new CancellationPolicy(List.of(new Tier(30, 100), new Tier(14, 50), new Tier(2, 25))).sentences())
                .containsExactly(
                        "Cancel 30 days or more before check-in: full refund.",
                        "Cancel 14 to 29 days before check-in: 50 % refunded.",
                        "Cancel 2 to 13 days before check-in: 25 % refunded.",
                        "Cancel later: no refund.");
        assertThat(new CancellationPolicy(List.of(new Tier(1, 100))).sentences()).containsExactly(
                "Cancel 1 day or more before check-in: full refund.", "Cancel later: no refund.");
    }

    @Test
    void saysThePolicyInTheGuestsLanguage() {
        CancellationPolicy threeSteps = new CancellationPolicy(List.of(new Tier(30, 100), new Tier(14, 50), new Tier(13, 25)));

        assertThat(weekThenHalf.sentences(Language.GERMAN)).containsExactly(
                "Stornierung bis 7 Tage vor der Anreise: volle Erstattung.",
                "Spätere Stornierung, bis zum Anreisetag: 50 % Erstattung.");
        assertThat(threeSteps.sentences(Language.FRENCH)).containsExactly(
                "Annulation 30 jours ou plus avant l'arrivée : remboursement intégral.",
                "Annulation de 14 à 29 jours avant l'arrivée : 50 % remboursés.",
                "Annulation 13 jours avant l'arrivée : 25 % remboursés.",
                "Annulation plus tardive : aucun remboursement.");
        assertThat(CancellationPolicy.NON_REFUNDABLE.sentences(Language.PORTUGUESE))
                .containsExactly("Não reembolsável: nada é reembolsado se cancelar.");
        assertThat(weekThenHalf.sentences(Language.ENGLISH)).isEqualTo(weekThenHalf.sentences());
    }

    @Test
    void keepsItsCodeAsStoredAndReadsItBack() {
        assertThat(weekThenHalf.code()).isEqualTo("7:100,0:50");
        assertThat(CancellationPolicy.parse("7:100,0:50")).contains(weekThenHalf);
        assertThat(CancellationPolicy.parse("non-refundable")).contains(CancellationPolicy.NON_REFUNDABLE);
        assertThat(CancellationPolicy.parse(null)).isEmpty();
    }

    @Test
    void refusesStepsThatMakeNoPolicy() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CancellationPolicy(List.of(new Tier(7, 50), new Tier(2, 80))))
                .withMessage("Cancelling later cannot refund more: 80 % from 2 days is more than 50 % from 7 days.");
        assertThatIllegalArgumentException().isThrownBy(() -> new CancellationPolicy(List.of(new Tier(7, 50), new Tier(7, 20))))
                .withMessageContaining("give each its own day");
        assertThatIllegalArgumentException().isThrownBy(() -> new CancellationPolicy(List.of(new Tier(3, 101))))
                .withMessage("A refund is 0 to 100 %.");
        assertThatIllegalArgumentException().isThrownBy(() -> new CancellationPolicy(List.of(new Tier(-1, 10))))
                .withMessage("Days before check-in are 0 to 365.");
        assertThatIllegalArgumentException().isThrownBy(() -> new CancellationPolicy(
                List.of(new Tier(1, 10), new Tier(2, 20), new Tier(3, 30), new Tier(4, 40))))
                .withMessage("A policy has at most 3 steps.");
    }
}
