package dev.bookspace.api.shared;

import dev.bookspace.payment.PaymentUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Stripe could not be reached: nothing was booked or charged, and the request can be retried. */
@Provider
public class PaymentUnavailableMapper implements ExceptionMapper<PaymentUnavailableException> {

    @Override
    public Response toResponse(PaymentUnavailableException e) {
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "payment-unavailable", e.getMessage())
                .toResponse()).header("Retry-After", "30").build();
    }
}
