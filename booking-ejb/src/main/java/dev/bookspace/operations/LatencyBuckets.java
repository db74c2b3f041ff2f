package dev.bookspace.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * A Prometheus-style latency histogram as cumulative counters with an {@code le} label, which
 * {@code histogram_quantile} reads like any histogram. WildFly 39's application registry drops a timer's
 * histogram settings (it forwards only {@code counter}, {@code timer} and {@code gauge} by name and tags), so
 * the buckets are counted here.
 */
final class LatencyBuckets {

    private final double[] bounds;
    private final Counter[] counters;
    private final Counter all;

    LatencyBuckets(MeterRegistry registry, String name, double... boundsInSeconds) {
        bounds = boundsInSeconds.clone();
        counters = new Counter[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            counters[i] = registry.counter(name, Tags.of("le", Double.toString(bounds[i])));
        }
        all = registry.counter(name, Tags.of("le", "+Inf"));
    }

    void record(long nanos) {
        double seconds = nanos / 1e9;
        for (int i = 0; i < bounds.length; i++) {
            if (seconds <= bounds[i]) {
                counters[i].increment();
            }
        }
        all.increment();
    }
}
