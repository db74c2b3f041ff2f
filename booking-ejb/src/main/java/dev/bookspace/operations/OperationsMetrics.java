package dev.bookspace.operations;

import dev.bookspace.health.Backlog;
import dev.bookspace.health.Backlogs;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bookspace's own meters, in WildFly's Micrometer registry, which the server exports in Prometheus format at
 * /metrics on the management port (README lists each). Every meter is registered when the application starts,
 * so a dashboard finds them all, at zero, before the first booking.
 */
@ApplicationScoped
public class OperationsMetrics {

    private static final Logger LOG = Logger.getLogger(OperationsMetrics.class.getName());
    /** The backlog gauges read the database at most this often, however many scrapers ask. */
    private static final Duration BACKLOG_FRESHNESS = Duration.ofSeconds(5);
    /** StripeGateway's operations, registered at start so each shows at zero. */
    private static final String[] STRIPE_OPERATIONS = {"createCheckoutSession", "refund", "expireCheckoutSession"};
    /** Latency buckets of calls to other services (Stripe, webhook endpoints), in seconds. */
    private static final double[] CALL_BUCKETS = {0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final String[] WEBHOOK_OUTCOMES = {"delivered", "refused", "unanswered"};

    @Inject
    private Instance<MeterRegistry> registries;

    @Inject
    private Backlogs backlogs;

    private MeterRegistry registry;
    private Counter bookingsMade;
    private Counter bookingsLost;
    private Counter holdsExpired;
    private Timer searches;
    private LatencyBuckets searchLatency;
    private LatencyBuckets stripeLatency;
    private LatencyBuckets webhookLatency;
    private final AtomicLong activeSessions = new AtomicLong();
    private volatile BacklogReading backlogReading = new BacklogReading(Instant.EPOCH, null, null);

    @PostConstruct
    void register() {
        // WildFly registers its registry once per module of the EAR, all the same instance. Its application
        // registry exports only what is registered by name and tags (counter, timer, gauge), not by builder.
        registry = registries.stream().findFirst().orElseGet(SimpleMeterRegistry::new);
        bookingsMade = registry.counter("bookspace.bookings.made");
        bookingsLost = registry.counter("bookspace.bookings.conflicts");
        holdsExpired = registry.counter("bookspace.holds.expired");
        searches = registry.timer("bookspace.searches");
        searchLatency = new LatencyBuckets(registry, "bookspace.searches.latency",
                0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5);
        stripeLatency = new LatencyBuckets(registry, "bookspace.stripe.calls.latency", CALL_BUCKETS);
        webhookLatency = new LatencyBuckets(registry, "bookspace.webhook.calls.latency", CALL_BUCKETS);
        for (String operation : STRIPE_OPERATIONS) {
            stripeCalls(operation, "success");
            stripeCalls(operation, "failure");
        }
        for (String outcome : WEBHOOK_OUTCOMES) {
            webhookCalls(outcome);
        }
        registry.gauge("bookspace.sessions.active", Tags.empty(), activeSessions, AtomicLong::get);
        backlogGauge("bookspace.mail.outbox.depth", reading -> reading.mail().waiting());
        backlogGauge("bookspace.mail.outbox.oldest.age.seconds", reading -> reading.mail().longestWait().toSeconds());
        backlogGauge("bookspace.webhook.backlog.depth", reading -> reading.webhooks().waiting());
        backlogGauge("bookspace.webhook.backlog.oldest.age.seconds", reading -> reading.webhooks().longestWait().toSeconds());
    }

    /** Starts the meters with the application, not at the first booking: observing creates the bean. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing more to do
    }

    void bookingMade() {
        bookingsMade.increment();
    }

    void bookingLostToConflict() {
        bookingsLost.increment();
    }

    void holdsExpired(int count) {
        holdsExpired.increment(count);
    }

    void search(long nanos) {
        searches.record(nanos, TimeUnit.NANOSECONDS);
        searchLatency.record(nanos);
    }

    void stripeCall(String operation, String outcome, long nanos) {
        stripeCalls(operation, outcome).record(nanos, TimeUnit.NANOSECONDS);
        stripeLatency.record(nanos);
    }

    /** One webhook attempt: delivered (a 2xx answer), refused (another status) or unanswered. */
    public void webhookCall(String outcome, long nanos) {
        webhookCalls(outcome).record(nanos, TimeUnit.NANOSECONDS);
        webhookLatency.record(nanos);
    }

    private Timer stripeCalls(String operation, String outcome) {
        return registry.timer("bookspace.stripe.calls", Tags.of("operation", operation, "outcome", outcome));
    }

    private Timer webhookCalls(String outcome) {
        return registry.timer("bookspace.webhook.calls", Tags.of("outcome", outcome));
    }

    public void sessionCreated() {
        activeSessions.incrementAndGet();
    }

    public void sessionDestroyed() {
        activeSessions.decrementAndGet();
    }

    private void backlogGauge(String name, ToDoubleFunction<BacklogReading> figure) {
        registry.gauge(name, Tags.empty(), this, metrics -> {
            BacklogReading reading = metrics.freshBacklogs();
            return reading.mail() == null ? Double.NaN : figure.applyAsDouble(reading);
        });
    }

    private BacklogReading freshBacklogs() {
        BacklogReading reading = backlogReading;
        Instant now = Instant.now();
        if (reading.at().plus(BACKLOG_FRESHNESS).isAfter(now)) {
            return reading;
        }
        try {
            // The threshold matters only to the health checks; the gauges show waits as they are.
            reading = new BacklogReading(now, backlogs.mailOutbox(Duration.ZERO), backlogs.webhookDeliveries(Duration.ZERO));
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Could not read the backlogs for the metrics", e);
            reading = new BacklogReading(now, null, null);
        }
        backlogReading = reading;
        return reading;
    }

    private record BacklogReading(Instant at, Backlog mail, Backlog webhooks) {
    }
}
