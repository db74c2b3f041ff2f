package dev.bookspace.availability;

import jakarta.ejb.ApplicationException;

/** The nights to close are taken, by a booking or by other closed dates; its message names which. Nothing was closed. */
@ApplicationException(rollback = true)
public class ClosedDatesConflictException extends RuntimeException {

    public ClosedDatesConflictException(String message) {
        super(message);
    }

    public ClosedDatesConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
