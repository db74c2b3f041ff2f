package dev.bookspace.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hourly sweep deletes the webhook deliveries finished more than 30 days ago, and only those. */
@FullStack
class WebhookDeliverySweepIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    @Test
    void sweepsDeliveriesFinishedMoreThanAMonthAgoAndKeepsTheRest() {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.webhookEndpoint(org, "https://receiver.example/hooks");
        fixtures.webhookDelivery(org, "DELIVERED-OLD", "delivered", Duration.ofDays(31));
        fixtures.webhookDelivery(org, "FAILED-OLD", "failed", Duration.ofDays(30).plusMinutes(1));
        fixtures.webhookDelivery(org, "DELIVERED-RECENT", "delivered", Duration.ofDays(29).plusHours(23));
        fixtures.webhookDelivery(org, "STILL-PENDING", "pending", Duration.ofDays(40));

        // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the modules' beans.
        CDI.current().select(WebhookDeliverySweep.class).get().sweep();

        assertThat(fixtures.webhookDeliveries(org)).extracting(delivery -> delivery.split(" ")[1])
                .containsExactly("DELIVERED-RECENT", "STILL-PENDING");
    }
}
