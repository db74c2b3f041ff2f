package dev.bookspace.integration;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * The JSON integrators read, in API answers and webhook payloads alike: {@code snake_case} field
 * names, ISO dates, nulls left out.
 */
public final class ApiJson {

    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    private ApiJson() {
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }
}
