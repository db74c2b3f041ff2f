package dev.bookspace.payment;

import dev.bookspace.shared.WordedRefusal;
import jakarta.ejb.ApplicationException;

/** Stripe could not be reached or refused a request: the change is rolled back, nothing is held or lost. */
@ApplicationException(rollback = true)
public class PaymentUnavailableException extends WordedRefusal {

    public PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** This refusal, with the key and figures a page words it by. */
    public PaymentUnavailableException worded(String key, Object... arguments) {
        word(key, arguments);
        return this;
    }
}
