package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private final Organisation organisation = new Organisation("harbour", "Harbour House", Currency.getInstance("EUR"),
            ZoneId.of("Europe/Lisbon"));

    @Test
    void showsAStripeKeyOnlyByItsKindAndLastFourCharacters() {
        organisation.configureStripe("sk_live_51HxYzAbCdEf4242", "whsec_abcdefgh");

        assertThat(organisation.maskedStripeKey()).isEqualTo("sk_live_…4242");
        assertThat(organisation.takesCardPayments()).isTrue();
    }

    @Test
    void keepsAKeyThatIsNotTypedAgainAndDropsBothOnRemoval() {
        organisation.configureStripe("sk_test_51HxYzAbCdEf1234", "whsec_abcdefgh");
        organisation.configureStripe(null, "whsec_newsecret");

        assertThat(organisation.stripeSecretKey()).isEqualTo("sk_test_51HxYzAbCdEf1234");
        assertThat(organisation.stripeWebhookSecret()).isEqualTo("whsec_newsecret");
        organisation.removeStripe();
        assertThat(organisation.takesCardPayments()).isFalse();
        assertThat(organisation.maskedStripeKey()).isEmpty();
    }

    @Test
    void takesOnlyAWellFormedIdentifier() {
        organisation.changeIdentifier("harbour-2");

        assertThat(organisation.getIdentifier()).isEqualTo("harbour-2");
        assertThatIllegalArgumentException().isThrownBy(() -> organisation.changeIdentifier("Harbour House"));
        assertThatIllegalArgumentException().isThrownBy(() -> organisation.changeIdentifier("-harbour"));
    }

    @Test
    void changesCurrencyOnlyToOneWithAsManyDecimalsSincePricesAreNotConverted() {
        organisation.changeCurrency(Currency.getInstance("GBP"));

        assertThat(organisation.currency().getCurrencyCode()).isEqualTo("GBP");
        assertThatIllegalArgumentException().isThrownBy(() -> organisation.changeCurrency(Currency.getInstance("JPY")));
        assertThat(Currencies.changeRefusal(Currency.getInstance("GBP"), Currency.getInstance("JPY"))).isPresent();
        assertThat(Currencies.refusal("XYZ")).isPresent();
        assertThat(Currencies.refusal("CHF")).isEmpty();
    }
}
