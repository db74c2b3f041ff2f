package dev.bookspace.operations;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Management;
import dev.bookspace.testing.Pages;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Prometheus endpoint as a scraper reads it: every metric the README lists, and the booking counter moving. */
@FullStack
@RunAsClient
class MetricsIT {

    /** The README's list, as Prometheus names them; the Grafana dashboard's panels read these. */
    static final List<String> EXPORTED = List.of(
            "bookspace_bookings_made_total",
            "bookspace_bookings_conflicts_total",
            "bookspace_holds_expired_total",
            "bookspace_searches_seconds_count",
            "bookspace_searches_seconds_sum",
            "bookspace_searches_latency_total",
            "bookspace_stripe_calls_seconds_count",
            "bookspace_stripe_calls_seconds_sum",
            "bookspace_stripe_calls_latency_total",
            "bookspace_webhook_calls_seconds_count",
            "bookspace_webhook_calls_seconds_sum",
            "bookspace_webhook_calls_latency_total",
            "bookspace_mail_outbox_depth",
            "bookspace_mail_outbox_oldest_age_seconds",
            "bookspace_webhook_backlog_depth",
            "bookspace_webhook_backlog_oldest_age_seconds",
            "bookspace_sessions_active",
            "datasources_pool_in_use_count",
            "datasources_pool_available_count",
            "datasources_pool_max_used_count");

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aBookingAndASearchShowOnTheMetricsEndpoint() {
        Organisation org = fixtures.organisation("Metrics Inn");
        Item room = fixtures.item(org, "Counted Room");
        String key = fixtures.apiKey(org);
        String before = Management.metrics();

        assertThat(Pages.get(Pages.roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Counted Room");
        assertThat(RequestLogIT.book(org, room, key, "counted@example.org", null).status()).isEqualTo(201);

        String after = Management.metrics();
        assertThat(EXPORTED).allSatisfy(name -> assertThat(Management.exports(after, name)).as(name).isTrue());
        assertThat(Management.sample(after, "bookspace_bookings_made_total", ""))
                .isEqualTo(Management.sample(before, "bookspace_bookings_made_total", "") + 1);
        assertThat(Management.sample(after, "bookspace_searches_seconds_count", ""))
                .isGreaterThan(Management.sample(before, "bookspace_searches_seconds_count", ""));
        assertThat(Management.sample(after, "datasources_pool_available_count", "BookingDS")).isPositive();
    }
}
