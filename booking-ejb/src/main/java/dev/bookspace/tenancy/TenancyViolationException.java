package dev.bookspace.tenancy;

import jakarta.ejb.ApplicationException;

/**
 * A programming error that would let one organisation's data reach another: a call without a scope,
 * or a second organisation inside one transaction. It rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class TenancyViolationException extends RuntimeException {

    public TenancyViolationException(String message) {
        super(message);
    }
}
