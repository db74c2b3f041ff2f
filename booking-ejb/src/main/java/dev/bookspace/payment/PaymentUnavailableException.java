package dev.bookspace.payment;

import jakarta.ejb.ApplicationException;

/** Stripe could not be reached or refused a request: the change is rolled back, nothing is held or lost. */
@ApplicationException(rollback = true)
public class PaymentUnavailableException extends RuntimeException {

    public PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
