package dev.bookspace.api.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * No API request needs more than {@value #MAX_BYTES} bytes (a booking is well under 2 KiB); a larger
 * body answers 413 before anything parses it: at once when its length is declared, and after at most
 * one byte more when it comes chunked, without a length. Stripe's webhooks are exempt: their events
 * are Stripe's to size.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getUriInfo().getPath().endsWith("/stripe-webhooks")) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            refuse(request);
        } else if (request.getLength() < 0 && request.hasEntity()) {
            byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                refuse(request);
            } else {
                request.setEntityStream(new ByteArrayInputStream(body));
            }
        }
    }

    private static void refuse(ContainerRequestContext request) {
        request.abortWith(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                "Send at most " + MAX_BYTES / 1024 + " KiB; a booking needs far less.").toResponse());
    }
}
