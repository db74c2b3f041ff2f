package dev.bookspace.shared;

import jakarta.ejb.ApplicationException;

/**
 * Something the caller named does not exist in its organisation. Another organisation's rows answer
 * the same way: existence is not disclosed. Pages show 404, the API answers 404.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
