package dev.bookspace.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.Arrays;
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
    private final AtomicLong activeSessions = new AtomicLong();
    private volatile BacklogReading backlogReading = new BacklogReading(Instant.EPOCH, null, null);

    @PostConstruct
    void register() {
        // WildFly registers its registry once per module of the EAR, all the same instance.
        registry = registries.stream().findFirst().orElseGet(SimpleMeterRegistry::new);
        bookingsMade = Counter.builder("bookspace.bookings.made")
                .description("Bookings made: on the public pages, through the API and at the desk").register(registry);
        bookingsLost = Counter.builder("bookspace.bookings.conflicts")
                .description("Booking attempts lost to another booking of the same nights").register(registry);
        holdsExpired = Counter.builder("bookspace.holds.expired")
                .description("Unpaid card holds expired, by the job or before a new booking of the room").register(registry);
        searches = Timer.builder("bookspace.searches").description("Availability searches: rooms pages and the API")
                .serviceLevelObjectives(buckets(5, 10, 25, 50, 100, 250, 500, 1000, 2500)).register(registry);
        for (String operation : STRIPE_OPERATIONS) {
            stripeCalls(operation, "success");
            stripeCalls(operation, "failure");
        }
        for (String outcome : WEBHOOK_OUTCOMES) {
            webhookCalls(outcome);
        }
        Gauge.builder("bookspace.sessions.active", activeSessions, AtomicLong::get)
                .description("HTTP sessions open on this node (guests' room pages, staff signed in)").register(registry);
        backlogGauge("bookspace.mail.outbox.depth", null, "Mails queued and not yet sent", reading -> reading.mail().waiting());
        backlogGauge("bookspace.mail.outbox.oldest.age", "seconds", "How long the oldest unsent mail has waited",
                reading -> reading.mail().longestWait().toSeconds());
        backlogGauge("bookspace.webhook.backlog.depth", null, "Webhook deliveries not yet made",
                reading -> reading.webhooks().waiting());
        backlogGauge("bookspace.webhook.backlog.oldest.age", "seconds", "How long the oldest undelivered webhook has waited",
                reading -> reading.webhooks().longestWait().toSeconds());
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

    Timer searches() {
        return searches;
    }

    void stripeCall(String operation, String outcome, long nanos) {
        stripeCalls(operation, outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** One webhook attempt: delivered (a 2xx answer), refused (another status) or unanswered. */
    public void webhookCall(String outcome, long nanos) {
        webhookCalls(outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer stripeCalls(String operation, String outcome) {
        return Timer.builder("bookspace.stripe.calls").description("Calls to Stripe's API, by operation and outcome")
                .tag("operation", operation).tag("outcome", outcome)
                .serviceLevelObjectives(buckets(100, 250, 500, 1000, 2500, 5000, 10000)).register(registry);
    }

    private Timer webhookCalls(String outcome) {
        return Timer.builder("bookspace.webhook.calls").description("Webhook delivery attempts, by outcome")
                .tag("outcome", outcome).serviceLevelObjectives(buckets(100, 250, 500, 1000, 2500, 5000, 10000))
                .register(registry);
    }

    private static Duration[] buckets(long... millis) {
        return Arrays.stream(millis).mapToObj(Duration::ofMillis).toArray(Duration[]::new);
    }

    public void sessionCreated() {
        activeSessions.incrementAndGet();
    }

    public void sessionDestroyed() {
        activeSessions.decrementAndGet();
    }

    private void backlogGauge(String name, String unit, String description, ToDoubleFunction<BacklogReading> figure) {
        Gauge.builder(name, this, metrics -> {
            BacklogReading reading = metrics.freshBacklogs();
            return reading.mail() == null ? Double.NaN : figure.applyAsDouble(reading);
        }).baseUnit(unit).description(description).register(registry);
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
