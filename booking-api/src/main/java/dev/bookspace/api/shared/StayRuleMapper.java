package dev.bookspace.api.shared;

import dev.bookspace.availability.StayRuleException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A stay the organisation does not take: 422, naming each rule it breaks. JAX-RS picks this mapper over
 * {@link InvalidRequestMapper}'s 400 because it maps the nearer class.
 */
@Provider
public class StayRuleMapper implements ExceptionMapper<StayRuleException> {

    @Override
    public Response toResponse(StayRuleException e) {
        return Problem.of(e).toResponse();
    }
}
