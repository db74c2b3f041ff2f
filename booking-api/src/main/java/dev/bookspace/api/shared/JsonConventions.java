package dev.bookspace.api.shared;

import dev.bookspace.integration.ApiJson;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The API writes its answers with the same JSON-B settings as webhook payloads ({@link ApiJson}). */
@Provider
public class JsonConventions implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return ApiJson.JSONB;
    }
}
