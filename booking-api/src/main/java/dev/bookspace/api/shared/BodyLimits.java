package dev.bookspace.api.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * No API request needs more than {@value #MAX_BYTES} bytes (a booking is well under 2 KiB) or JSON
 * nested deeper than {@value #MAX_DEPTH} levels (a booking has three). A larger body answers 413 before
 * anything parses it: at once when its length is declared, and after at most one byte more when it
 * comes chunked; a deeper one answers 400, since a parser walking a thousand levels can exhaust its
 * stack. Resources {@link SignedByCaller signed by their caller} are exempt: Stripe sizes its events.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimits implements ContainerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_DEPTH = 16;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(SignedByCaller.class)) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            refuseSize(request);
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuseSize(request);
        } else if (nesting(body) > MAX_DEPTH) {
            request.abortWith(Problem.of(Response.Status.BAD_REQUEST, "body-too-deep", "The body nests objects and arrays more than "
                    + MAX_DEPTH + " levels deep; a booking needs three.").toResponse());
        } else {
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    /**
     * The deepest nesting of objects and arrays, counted on the bytes before any parser sees them
     * (brackets inside strings do not count). UTF-8 never uses these ASCII bytes inside a longer
     * character, so the bytes can be read one at a time.
     */
    static int nesting(byte[] body) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }

    private static void refuseSize(ContainerRequestContext request) {
        request.abortWith(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                "Send at most " + MAX_BYTES / 1024 + " KiB; a booking needs far less.").toResponse());
    }
}
