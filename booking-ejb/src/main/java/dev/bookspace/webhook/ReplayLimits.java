package dev.bookspace.webhook;

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

/**
 * Each organisation may replay {@link #PER_MINUTE} deliveries a minute (a bucket filled again each
 * minute from its first use): enough to resend what a receiver missed, too few to turn replay into a
 * way of hammering an endpoint. Counted across every node of a cluster ({@link SharedBuckets}).
 */
@ApplicationScoped
public class ReplayLimits {

    static final int PER_MINUTE = 10;

    @Inject
    SharedBuckets sharedBuckets;

    private TokenBuckets<Long> buckets;

    @PostConstruct
    void makeBuckets() {
        buckets = sharedBuckets.named("webhook-replays-" + PER_MINUTE, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(PER_MINUTE).refillIntervally(PER_MINUTE, Duration.ofMinutes(1)).build())
                .build());
    }

    /**
     * Nothing when the organisation may replay now; else the whole seconds until it may. Outside the
     * replay's transaction: the bucket's row is locked and committed on its own, at once.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    OptionalLong retryAfter(long organisationId) {
        return buckets.retryAfter(organisationId);
    }
}
