package dev.bookspace.calendarsync;

import dev.bookspace.shared.GuardedHttpClient;
import dev.bookspace.shared.OutboundFailures;
import dev.bookspace.shared.OutboundSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;

/**
 * Fetches another channel's feed: a conditional GET (the last answer's ETag and Last-Modified), through
 * the {@link GuardedHttpClient} that webhooks use, so the URL cannot reach loopback (outside
 * development), private or link-local addresses, whatever its name resolves to when it connects;
 * redirects are not followed; connect and answer are bounded, and so is the body.
 */
@ApplicationScoped
public class CalendarFeedFetcher {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    /** A year of a busy room's bookings is a few tens of kilobytes; the channels' feeds stay far below this. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    private OutboundSettings outbound;

    @Resource
    private ManagedThreadFactory threads;

    private GuardedHttpClient client;

    @PostConstruct
    void startClient() {
        client = GuardedHttpClient.start(outbound.guard(), CONNECT_TIMEOUT, ANSWER_TIMEOUT, threads);
    }

    @PreDestroy
    void stopClient() {
        client.close();
    }

    CompletableFuture<FeedFetch> fetch(String url, String etag, String lastModified) {
        SimpleHttpRequest request;
        try {
            SimpleRequestBuilder builder = SimpleRequestBuilder.get(URI.create(url))
                    .setHeader("User-Agent", "Bookspace-Calendar-Sync/1")
                    .setHeader("Accept", "text/calendar, */*;q=0.5");
            if (etag != null) {
                builder.setHeader("If-None-Match", etag);
            }
            if (lastModified != null) {
                builder.setHeader("If-Modified-Since", lastModified);
            }
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new FeedFetch.Failed("The address cannot be called: " + e.getMessage()));
        }
        return client.execute(request, new FeedAnswer(MAX_BYTES))
                .thenApply(CalendarFeedFetcher::outcome)
                .exceptionally(failure -> new FeedFetch.Failed(why(failure)));
    }

    private static FeedFetch outcome(FeedAnswer.Read answer) {
        if (answer.status() == 304) {
            return new FeedFetch.Unchanged();
        }
        if (answer.status() == 200) {
            return new FeedFetch.Fetched(answer.body(), answer.etag(), answer.lastModified());
        }
        if (answer.status() == 404 || answer.status() == 410) {
            return new FeedFetch.Failed("The channel answered " + answer.status() + ": the calendar is no longer at this address. "
                    + "Copy the address again from the channel. The nights it blocked stay closed until then.");
        }
        if (answer.status() >= 300 && answer.status() < 400) {
            return new FeedFetch.Failed("The channel answered " + answer.status() + " (moved elsewhere); redirects are not "
                    + "followed. Copy the calendar's address again from the channel.");
        }
        return new FeedFetch.Failed("The channel answered " + answer.status() + " instead of the calendar; trying again at the next fetch.");
    }

    /** A sentence for the feed's health; the nights the feed blocked stay closed whatever went wrong. */
    static String why(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeedAnswer.TooLarge) {
                return cause.getMessage();
            }
        }
        return OutboundFailures.why(failure, CONNECT_TIMEOUT, ANSWER_TIMEOUT) + " Trying again at the next fetch.";
    }
}
