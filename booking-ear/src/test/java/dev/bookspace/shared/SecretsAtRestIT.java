package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.organisation.SettingsForm;
import dev.bookspace.organisation.SettingsService;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stripe keys as the database keeps them: sealed, whether saved today or stored before sealing began. */
@FullStack
class SecretsAtRestIT {

    private static final String SECRET_KEY = "sk_test_sealedatrest000004242";


    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private SettingsService settings;

    @BeforeEach
    void lookUp() {
        settings = CDI.current().select(SettingsService.class).get();
    }

    @Test
    void stripeKeysSavedInTheSettingsAreSealedInTheDatabaseAndOpenWhereUsed() {
        Organisation org = fixtures.organisation("Harbour House");
        SettingsForm form = settings.getSettings(owner(org));
        form.setStripeSecretKey(SECRET_KEY);
        form.setStripeWebhookSecret("whsec_sealedatrest");

        settings.saveSettings(owner(org), form);

        assertThat(fixtures.organisationColumn(org, "stripe_secret_key")).startsWith("enc:v1:").doesNotContain("sk_test", "4242");
        assertThat(fixtures.organisationColumn(org, "stripe_webhook_secret")).startsWith("enc:v1:").doesNotContain("whsec");
        assertThat(settings.getSettings(owner(org)).getMaskedStripeKey()).isEqualTo("sk_test_…4242");
    }

    @Test
    void keysStoredBeforeSealingBeganAreSealedByTheRotationAndStillWork() {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        assertThat(fixtures.organisationColumn(org, "stripe_secret_key")).startsWith("sk_test_");

        // What every start does; a restart with a new key first in BOOKING_SECRETS_KEYS reseals the same way.
        int resealed = CDI.current().select(SecretsRotation.class).get().reseal();

        assertThat(resealed).isGreaterThanOrEqualTo(2);
        assertThat(fixtures.organisationColumn(org, "stripe_secret_key")).startsWith(SecretBox.configured().currentPrefix());
        assertThat(fixtures.organisationColumn(org, "stripe_webhook_secret")).startsWith(SecretBox.configured().currentPrefix());
        assertThat(settings.getSettings(owner(org)).getMaskedStripeKey()).isEqualTo("sk_test_…4242");
    }

    private static Scope owner(Organisation org) {
        return new Scope(org.id(), null, EnumSet.of(Role.OWNER));
    }
}
