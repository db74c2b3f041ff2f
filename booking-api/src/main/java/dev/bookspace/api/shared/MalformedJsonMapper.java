package dev.bookspace.api.shared;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON at all: 400, saying where the parser gave up. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        String where = e instanceof JsonParsingException parsing && parsing.getLocation() != null
                ? " (line " + parsing.getLocation().getLineNumber() + ", column " + parsing.getLocation().getColumnNumber() + ")"
                : "";
        return Problem.of(Response.Status.BAD_REQUEST, "malformed-json", "The body is not valid JSON" + where
                + "; send one JSON object with Content-Type: application/json.").toResponse();
    }
}
