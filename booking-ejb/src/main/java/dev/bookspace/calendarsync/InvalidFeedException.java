package dev.bookspace.calendarsync;

/** A calendar feed that could not be read as iCalendar; its message says why, for the feed's health. */
public class InvalidFeedException extends Exception {

    public InvalidFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
