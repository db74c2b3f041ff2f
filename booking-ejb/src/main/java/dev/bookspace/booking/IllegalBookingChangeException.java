package dev.bookspace.booking;

import jakarta.ejb.ApplicationException;

/** A change the booking's status does not allow, such as completing a cancelled booking. The sentence is for staff. */
@ApplicationException(rollback = true)
public class IllegalBookingChangeException extends RuntimeException {

    public IllegalBookingChangeException(String message) {
        super(message);
    }
}
