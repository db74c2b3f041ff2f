package dev.bookspace.shared;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j token bucket per key (an API key, an organisation), all with the same limit, kept where
 * {@link SharedBuckets} keeps them: every node of a cluster counts against the same bucket. Requests of
 * one key arriving together on this node are sent to the database as one (Bucket4j's batching), so a
 * busy key costs a round trip per batch, not per request. Call it outside a transaction (see the callers'
 * {@code NOT_SUPPORTED}): the bucket's own short transaction must not join, or wait for, a booking's.
 */
public final class TokenBuckets<K> {

    private final String limit;
    private final BucketConfiguration configuration;
    private final ProxyManager<String> store;
    /** This node's handles on the shared buckets, one per key: a handle batches its key's requests. */
    private final Map<K, Bucket> handles = new ConcurrentHashMap<>();

    TokenBuckets(String limit, BucketConfiguration configuration, ProxyManager<String> store) {
        this.limit = limit;
        this.configuration = configuration;
        this.store = store;
    }

    /** Takes a token: nothing when the key may go on; else the whole seconds until it may try again. */
    public OptionalLong retryAfter(K key) {
        ConsumptionProbe probe = take(key, 1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    /**
     * Bucket4j's batching sends the requests that queued behind a key's first one as one command, and when
     * that command reaches the database before the first has made the key's bucket (a first burst, or one
     * after the bucket's row was swept), it fails them all with "bucket does not exist" instead of making
     * it. By then the first has made it, so each is sent again, a few times at most.
     */
    private ConsumptionProbe take(K key, int attempt) {
        try {
            return handles.computeIfAbsent(key, this::handle).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (attempt < 3 && bucketWasMissing(e)) {
                return take(key, attempt + 1);
            }
            throw e;
        }
    }

    private static boolean bucketWasMissing(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private Bucket handle(K key) {
        return store.builder().withOptimization(Optimizations.batching()).build(limit + ":" + key, () -> configuration);
    }
}
