package dev.bookspace.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Attempts released together, as a script sends them, for tests of what must happen once however many arrive. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs {@code count} attempts at once; answers their outcomes in attempt order. */
    public static <T> List<T> run(int count, IntFunction<T> attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Callable<T>> attempts = IntStream.range(0, count).<Callable<T>>mapToObj(n -> () -> attempt.apply(n)).toList();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> outcome : threads.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            threads.shutdown();
        }
    }
}
