package dev.bookspace.api.shared;

import dev.bookspace.operations.DatabaseUnavailable;
import dev.bookspace.operations.LogContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure on our side: logged with an incident id the caller can quote, answered as a 500 problem
 * with no stack trace. The incident id is the request's id ({@link LogContext}), which every log line of
 * the request carries.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        String incident = LogContext.incident();
        if (DatabaseUnavailable.causes(failure)) {
            LOG.log(Level.WARNING, "API incident " + incident + ": the database is unavailable: " + failure);
            LOG.log(Level.FINE, "API incident " + incident, failure);
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "database-unavailable",
                            "The service cannot reach its database just now; nothing was changed. Please try again in "
                                    + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds (incident " + incident + ").")
                    .toResponse()).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "API incident " + incident, failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; nothing was changed. Quote incident " + incident + " if it persists.")
                .toResponse();
    }
}
