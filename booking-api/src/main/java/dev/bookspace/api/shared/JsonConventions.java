package dev.bookspace.api.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The API's JSON: {@code snake_case} field names, ISO dates, nulls left out. */
@Provider
public class JsonConventions implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    /** A value as the API writes it, for answers that are stored and sent again (idempotent requests). */
    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
