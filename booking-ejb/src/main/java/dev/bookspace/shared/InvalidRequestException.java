package dev.bookspace.shared;

import jakarta.ejb.ApplicationException;

/**
 * Input a person can correct. The message is a sentence that says what to do, shown as is on pages
 * and as the detail of the API's 400 problem.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, named as in the public URL and the API ({@code check_in}). */
    public String field() {
        return field;
    }
}
