package dev.bookspace.api.shared;

import dev.bookspace.shared.SharedBuckets;
import dev.bookspace.shared.TokenBuckets;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each API key may send {@code booking.api.requests-per-minute} requests a minute (120 unless set
 * with {@code BOOKING_API_REQUESTS_PER_MINUTE}), refilled evenly, with a burst of the same size. The
 * buckets are shared by every node of a cluster ({@link SharedBuckets}): a key gets its limit in all,
 * not on each node.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "booking.api.requests-per-minute", defaultValue = "120")
    int requestsPerMinute;

    @Inject
    SharedBuckets sharedBuckets;

    private TokenBuckets<Long> buckets;

    @PostConstruct
    void makeBuckets() {
        buckets = sharedBuckets.named("api-key-" + requestsPerMinute, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(requestsPerMinute)
                        .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    /** Nothing when the key may go on; else the whole seconds until it may try again. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OptionalLong retryAfter(long keyId) {
        return buckets.retryAfter(keyId);
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }
}
