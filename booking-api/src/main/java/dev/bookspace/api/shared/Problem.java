package dev.bookspace.api.shared;

import dev.bookspace.availability.StayRuleException;
import dev.bookspace.shared.InvalidRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem: what every API error answers, as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem
 * @param title the kind of problem, in words
 * @param status the HTTP status
 * @param detail what went wrong this time, and what to do about it
 * @param errors for invalid input, the offending fields
 * @param stayRules for a stay the organisation does not take, each rule it breaks
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        List<StayRule> stayRules) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /**
     * One field at fault.
     *
     * @param field the field as the request names it
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }

    /**
     * A rule of the organisation's that a stay breaks, as {@code StayRules} names it.
     *
     * @param code such as {@code min_nights}, the OpenAPI document's {@code StayRuleCode}
     * @param message the rule in a guest's words, such as "Minimum 3 nights from 2027-07-01"
     * @param parameters its figures, such as {@code nights} and {@code from}
     */
    public record StayRule(String code, String message, Map<String, String> parameters) {
    }

    public static Problem of(Response.Status status, String slug, String detail) {
        return new Problem("https://bookspace.dev/problems/" + slug, status.getReasonPhrase(), status.getStatusCode(),
                detail, null, null);
    }

    /** 422: the request is well formed, but the organisation does not take that stay; nothing was booked. */
    public static Problem of(StayRuleException e) {
        return new Problem("https://bookspace.dev/problems/stay-rule", "Unprocessable Content", 422, e.getMessage(),
                e.problems().stream().map(problem -> new FieldError(problem.field(), problem.message())).toList(),
                e.breaches().stream().map(breach -> new StayRule(breach.code(), breach.sentence(), breach.parameters())).toList());
    }

    /**
     * 422: a well-formed request whose values break the rules, each field at fault named; the 400 of
     * {@code InvalidRequestMapper} stays for a body of the wrong shape.
     */
    public static Problem unprocessable(InvalidRequestException e) {
        return new Problem("https://bookspace.dev/problems/invalid-values", "Unprocessable Content", 422, e.getMessage(),
                e.problems().stream().map(problem -> new FieldError(problem.field(), problem.message())).toList(), null);
    }

    /**
     * The problem for an HTTP refusal that no resource explained (an unknown address, a method the
     * address does not take), whether JAX-RS or the server made it.
     */
    public static Problem forStatus(int status) {
        String detail = switch (status) {
            case 400 -> "The body is not valid JSON, or a parameter has the wrong type.";
            case 404 -> "There is nothing at this address; see /api/v3/docs (or /api/v3/openapi) for the endpoints.";
            case 405 -> "This endpoint does not take that method; the Allow header lists those it takes.";
            case 415 -> "Send JSON with Content-Type: application/json.";
            case 406 -> "This endpoint answers application/json.";
            case 500 -> "Something went wrong on our side; nothing was changed. Please try again in a moment.";
            default -> null;
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return new Problem("https://bookspace.dev/problems/http-" + status, title, status, detail == null ? title + "." : detail,
                null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors), stayRules);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
