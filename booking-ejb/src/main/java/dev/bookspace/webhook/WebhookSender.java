package dev.bookspace.webhook;

import dev.bookspace.shared.GuardedHttpClient;
import dev.bookspace.shared.OutboundFailures;
import dev.bookspace.shared.OutboundSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import dev.bookspace.operations.OperationsMetrics;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;

/**
 * Sends one attempt of a delivery: a POST of the event's JSON, signed, with short timeouts, so a
 * slow endpoint costs the job seconds, never a booking anything. It goes through the
 * {@link GuardedHttpClient}, which checks the endpoint's addresses when it connects (the name may
 * resolve elsewhere than at registration) and refuses without connecting; redirects are not
 * followed, since the registered URL is the one trusted with guests' details. Only the status of
 * the answer is kept.
 */
@ApplicationScoped
public class WebhookSender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private OutboundSettings outbound;

    @Resource
    private ManagedThreadFactory threads;

    /** Null in unit tests, which make a sender without CDI. */
    @Inject
    private OperationsMetrics metrics;

    private GuardedHttpClient client;

    protected WebhookSender() {
        // for CDI, which starts the client below
    }

    /** A sender over a client made elsewhere: tests use it with the production guard. */
    WebhookSender(GuardedHttpClient client) {
        this.client = client;
    }

    @PostConstruct
    void startClient() {
        client = GuardedHttpClient.start(outbound.guard(), CONNECT_TIMEOUT, ANSWER_TIMEOUT, threads);
    }

    @PreDestroy
    void stopClient() {
        client.close();
    }

    CompletableFuture<DeliveryOutcome> send(DueDelivery delivery, Instant now) {
        long started = System.nanoTime();
        return attempt(delivery, now).thenApply(outcome -> {
            if (metrics != null) {
                metrics.webhookCall(outcome.kind(), System.nanoTime() - started);
            }
            return outcome;
        });
    }

    private CompletableFuture<DeliveryOutcome> attempt(DueDelivery delivery, Instant now) {
        long timestamp = now.getEpochSecond();
        SimpleHttpRequest request;
        try {
            request = SimpleRequestBuilder.post(URI.create(delivery.url()))
                    .setHeader("User-Agent", "Bookspace-Webhooks/1")
                    .setHeader("Bookspace-Event-Id", delivery.eventId())
                    .setHeader("Bookspace-Event-Type", delivery.eventType())
                    .setHeader("Bookspace-Timestamp", Long.toString(timestamp))
                    .setHeader("Bookspace-Signature", WebhookSignature.sign(delivery.signingSecret(), timestamp, delivery.payload()))
                    .setBody(delivery.payload(), ContentType.APPLICATION_JSON)
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(DeliveryOutcome.noAnswer("The URL cannot be called: " + e.getMessage()));
        }
        return client.status(request)
                .thenApply(DeliveryOutcome::answered)
                .exceptionally(failure -> DeliveryOutcome.noAnswer(why(failure)));
    }

    /** A sentence for the log, from the first cause that says something an owner can act on. */
    static String why(Throwable failure) {
        return OutboundFailures.why(failure, CONNECT_TIMEOUT, ANSWER_TIMEOUT);
    }
}
