package dev.bookspace.api.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * No API request needs more than {@value #MAX_BYTES} bytes (a booking is well under 2 KiB); a larger
 * declared body answers 413 before anything reads it. Stripe's webhooks are exempt: their events are
 * Stripe's to size.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES && !request.getUriInfo().getPath().endsWith("/stripe-webhooks")) {
            request.abortWith(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                    "Send at most " + MAX_BYTES / 1024 + " KiB; a booking needs far less.").toResponse());
        }
    }
}
