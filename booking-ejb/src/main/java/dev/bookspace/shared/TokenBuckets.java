package dev.bookspace.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j token bucket per key (an API key, an organisation), all with the same limit, made on
 * first use. They live in this server's memory: behind a load balancer each node counts its own share.
 */
public final class TokenBuckets<K> {

    private final Bandwidth limit;
    private final Map<K, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(Bandwidth limit) {
        this.limit = limit;
    }

    /** Takes a token: nothing when the key may go on; else the whole seconds until it may try again. */
    public OptionalLong retryAfter(K key) {
        ConsumptionProbe probe = buckets.computeIfAbsent(key, ignored -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
