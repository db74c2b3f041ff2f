package dev.bookspace.api.shared;

import dev.bookspace.shared.InvalidRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Input the caller can correct: 400, naming the field. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "invalid-request", e.getMessage())
                .withErrors(e.problems().stream().map(problem -> new Problem.FieldError(problem.field(), problem.message())).toList())
                .toResponse();
    }
}
