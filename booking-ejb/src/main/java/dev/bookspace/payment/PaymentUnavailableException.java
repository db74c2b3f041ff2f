package dev.bookspace.payment;

import dev.bookspace.shared.InvalidRequestException.Wording;
import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Optional;

/**
 * Stripe could not be reached or refused a request: the change is rolled back, nothing is held or lost. The sentence
 * is English (the API answers it); a page says it in its reader's language by its key ({@code refusal.<key>}).
 */
@ApplicationException(rollback = true)
public class PaymentUnavailableException extends RuntimeException {

    private Wording wording;

    public PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** This refusal, with the key and figures a page words it by. */
    public PaymentUnavailableException worded(String key, Object... arguments) {
        this.wording = new Wording(key, List.of(arguments));
        return this;
    }

    public Optional<Wording> wording() {
        return Optional.ofNullable(wording);
    }
}
