package dev.bookspace.booking;

import jakarta.ejb.ApplicationException;

/** The item was taken for some of those nights, by a booking the database had already committed. */
@ApplicationException(rollback = true)
public class BookingConflictException extends RuntimeException {

    public BookingConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
