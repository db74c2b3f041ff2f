package dev.bookspace.api.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each API key may send {@code booking.api.requests-per-minute} requests a minute (120 unless set
 * with {@code BOOKING_API_REQUESTS_PER_MINUTE}), refilled evenly, with a burst of the same size. The
 * buckets live in this server's memory: behind a load balancer each node counts its own share.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "booking.api.requests-per-minute", defaultValue = "120")
    int requestsPerMinute;

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** Nothing when the key may go on; else the whole seconds until it may try again. */
    public OptionalLong retryAfter(long keyId) {
        ConsumptionProbe probe = buckets.computeIfAbsent(keyId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requestsPerMinute).refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }
}
