package dev.bookspace.api.shared;

import dev.bookspace.integration.ApiCaller;
import dev.bookspace.integration.ApiKeyAuthenticator;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every API request but those {@link SignedByCaller signed by their caller} (Stripe's webhooks) presents an organisation's key
 * as {@code Authorization: Bearer <key>}; a missing, unknown or revoked key answers 401, and a key over
 * its rate limit 429 with {@code Retry-After}, before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    private ResourceInfo resource;

    @EJB
    private ApiKeyAuthenticator authenticator;

    @Inject
    private AuthenticatedCaller authenticated;

    @Inject
    private RateLimits rateLimits;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(SignedByCaller.class)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        Optional<ApiCaller> caller = bearer ? authenticator.authenticate(header.substring(BEARER.length())) : Optional.empty();
        if (caller.isEmpty()) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", bearer
                            ? "This API key is unknown or has been revoked; an owner can create a new one in the dashboard."
                            : "Send an API key as \"Authorization: Bearer <key>\"; owners create keys in the dashboard.")
                    .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bookspace\"").build());
            return;
        }
        OptionalLong retryAfter = rateLimits.retryAfter(caller.get().keyId());
        if (retryAfter.isPresent()) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, "rate-limited",
                            "This key has sent more than " + rateLimits.requestsPerMinute() + " requests in a minute; retry after "
                                    + retryAfter.getAsLong() + " seconds.")
                    .toResponse()).header(HttpHeaders.RETRY_AFTER, retryAfter.getAsLong()).build());
            return;
        }
        authenticated.set(caller.get());
    }
}
