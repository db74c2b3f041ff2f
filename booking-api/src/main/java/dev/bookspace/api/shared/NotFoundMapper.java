package dev.bookspace.api.shared;

import dev.bookspace.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Nothing by that id in the caller's organisation: 404, whether it exists elsewhere or not. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, "not-found", e.getMessage()).toResponse();
    }
}
