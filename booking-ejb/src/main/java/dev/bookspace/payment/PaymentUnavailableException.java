package dev.bookspace.payment;

import jakarta.ejb.ApplicationException;

/** Stripe could not be reached or refused the session: the booking is rolled back, nothing is held. */
@ApplicationException(rollback = true)
public class PaymentUnavailableException extends RuntimeException {

    public PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
