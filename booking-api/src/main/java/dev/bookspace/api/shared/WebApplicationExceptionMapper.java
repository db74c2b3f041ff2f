package dev.bookspace.api.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body) as problems, not HTML. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The body is not valid JSON, or a parameter has the wrong type.";
            case 404 -> "There is nothing at this address; see /api/v3/docs (or /api/v3/openapi) for the endpoints.";
            case 405 -> "This endpoint does not take that method.";
            case 415 -> "Send JSON with Content-Type: application/json.";
            case 406 -> "This endpoint answers application/json.";
            default -> status.getReasonPhrase();
        };
        Response.Status known = Response.Status.fromStatusCode(status.getStatusCode());
        Problem problem = new Problem("https://bookspace.dev/problems/http-" + status.getStatusCode(),
                known == null ? status.getReasonPhrase() : known.getReasonPhrase(), status.getStatusCode(), detail, null);
        return problem.toResponse();
    }
}
