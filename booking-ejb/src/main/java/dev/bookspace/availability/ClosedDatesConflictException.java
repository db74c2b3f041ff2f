package dev.bookspace.availability;

import dev.bookspace.shared.WordedRefusal;
import jakarta.ejb.ApplicationException;

/** The nights to close are taken, by a booking or by other closed dates; its message names which. Nothing was closed. */
@ApplicationException(rollback = true)
public class ClosedDatesConflictException extends WordedRefusal {

    public ClosedDatesConflictException(String message) {
        super(message, null);
    }

    public ClosedDatesConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    /** This refusal, with the key and figures a page words it by. */
    public ClosedDatesConflictException worded(String key, Object... arguments) {
        word(key, arguments);
        return this;
    }
}
