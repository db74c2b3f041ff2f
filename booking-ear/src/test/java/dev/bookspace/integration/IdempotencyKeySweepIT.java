package dev.bookspace.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hourly sweep deletes the Idempotency-Keys used more than a day ago, and only those. */
@FullStack
class IdempotencyKeySweepIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    @Test
    void sweepsKeysOlderThanADayAndKeepsTheRest() {
        Organisation org = fixtures.organisation("Harbour House");
        String apiKey = fixtures.apiKey(org);
        fixtures.idempotencyKey(org, apiKey, "two-days-old", Duration.ofHours(48));
        fixtures.idempotencyKey(org, apiKey, "a-day-and-a-minute-old", Duration.ofHours(24).plusMinutes(1));
        fixtures.idempotencyKey(org, apiKey, "almost-a-day-old", Duration.ofHours(23).plusMinutes(59));

        // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the modules' beans.
        CDI.current().select(IdempotencyKeySweep.class).get().sweep();

        assertThat(fixtures.idempotencyKeys(org)).containsExactly("almost-a-day-old");
    }

    @Test
    void sweepsABacklogOfManyBatches() {
        Organisation org = fixtures.organisation("Harbour House");
        String apiKey = fixtures.apiKey(org);
        fixtures.idempotencyKeys(org, apiKey, "after-downtime", 25_000, Duration.ofDays(3));
        fixtures.idempotencyKey(org, apiKey, "an-hour-old", Duration.ofHours(1));

        CDI.current().select(IdempotencyKeySweep.class).get().sweep();

        assertThat(fixtures.idempotencyKeys(org)).containsExactly("an-hour-old");
    }
}
