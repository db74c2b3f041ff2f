package dev.bookspace.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createObjectBuilder()} and its siblings look the provider up
 * again on every call, reading the deployment's jars under a lock: on the rooms page, whose date pickers build their
 * locale as JSON, that lock held a third of the request threads under load (bench/RESULTS.md, 2026-12-04 night).
 */
public final class SharedJson {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private SharedJson() {
    }
}
