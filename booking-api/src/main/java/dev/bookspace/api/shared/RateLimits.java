package dev.bookspace.api.shared;

import dev.bookspace.shared.TokenBuckets;
import io.github.bucket4j.Bandwidth;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;
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

    private TokenBuckets<Long> buckets;

    @PostConstruct
    void makeBuckets() {
        buckets = new TokenBuckets<>(Bandwidth.builder().capacity(requestsPerMinute)
                .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build());
    }

    /** Nothing when the key may go on; else the whole seconds until it may try again. */
    public OptionalLong retryAfter(long keyId) {
        return buckets.retryAfter(keyId);
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }
}
