package dev.bookspace.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one attempt of a delivery: a POST of the event's JSON, signed, with a short timeout, so a
 * slow endpoint costs the job seconds, never a booking anything. Redirects are not followed: the
 * registered URL is the one that receives guests' details.
 */
@ApplicationScoped
public class WebhookSender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    @Resource
    private ManagedExecutorService executor;

    private HttpClient client;

    @PostConstruct
    void createClient() {
        client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    CompletableFuture<DeliveryOutcome> send(DueDelivery delivery, Instant now) {
        long timestamp = now.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Bookspace-Webhooks/1")
                    .header("Bookspace-Event-Id", delivery.eventId())
                    .header("Bookspace-Event-Type", delivery.eventType())
                    .header("Bookspace-Timestamp", Long.toString(timestamp))
                    .header("Bookspace-Signature", WebhookSignature.sign(delivery.signingSecret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(DeliveryOutcome.noAnswer("The URL cannot be called: " + e.getMessage()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> DeliveryOutcome.answered(response.statusCode(), response.body()))
                .exceptionally(failure -> DeliveryOutcome.noAnswer(why(failure)));
    }

    private static String why(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "No connection within " + CONNECT_TIMEOUT.toSeconds() + " seconds.";
        }
        if (cause instanceof HttpTimeoutException) {
            return "No answer within " + ANSWER_TIMEOUT.toSeconds() + " seconds.";
        }
        if (cause instanceof ConnectException) {
            return "Connection refused.";
        }
        return "No answer: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
}
