package dev.bookspace.health;

import java.util.Map;
import java.util.Optional;

/**
 * The public pages this node has drawn once since it started, as booking-web's PageWarmUp reports them: the
 * readiness check's "warmed up", kept here because the check cannot see the web module. Until then the node's
 * first pages compile their views and load their classes, and on two cores a burst of them takes seconds.
 */
public final class WarmUp {

    private static volatile Map<String, String> pages;

    private WarmUp() {
    }

    /** Each page drawn, with how it answered: "200 in 840 ms", or why it could not be asked. */
    public static void done(Map<String, String> drawn) {
        pages = Map.copyOf(drawn);
    }

    static Optional<Map<String, String>> pages() {
        return Optional.ofNullable(pages);
    }
}
