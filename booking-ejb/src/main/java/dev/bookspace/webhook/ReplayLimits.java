package dev.bookspace.webhook;

import dev.bookspace.shared.TokenBuckets;
import io.github.bucket4j.Bandwidth;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Each organisation may replay {@link #PER_MINUTE} deliveries a minute (a bucket filled again each
 * minute from its first use): enough to resend what a receiver missed, too few to turn replay into a
 * way of hammering an endpoint. Counted per server, one small bucket per organisation that replayed.
 */
@ApplicationScoped
public class ReplayLimits {

    static final int PER_MINUTE = 10;

    private final TokenBuckets<Long> buckets = new TokenBuckets<>(
            Bandwidth.builder().capacity(PER_MINUTE).refillIntervally(PER_MINUTE, Duration.ofMinutes(1)).build());

    /** Nothing when the organisation may replay now; else the whole seconds until it may. */
    OptionalLong retryAfter(long organisationId) {
        return buckets.retryAfter(organisationId);
    }
}
