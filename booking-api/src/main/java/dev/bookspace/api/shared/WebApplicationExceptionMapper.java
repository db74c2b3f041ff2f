package dev.bookspace.api.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method, unreadable body) as problems, not HTML; a 405 keeps
 * the {@code Allow} header JAX-RS gave it, so the caller learns which methods the address takes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response refusal = e.getResponse();
        Response.ResponseBuilder answer = Response.fromResponse(Problem.forStatus(refusal.getStatus()).toResponse());
        String allow = refusal.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }
}
