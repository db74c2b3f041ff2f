package dev.bookspace.booking;

import dev.bookspace.shared.WordedRefusal;
import jakarta.ejb.ApplicationException;
import java.util.OptionalLong;

/**
 * A room was taken for some of those nights, by a booking the database had already committed. Nothing of the
 * booking stands: a booking of several rooms is all or nothing, and this names the room it lost.
 */
@ApplicationException(rollback = true)
public class BookingConflictException extends WordedRefusal {

    private final Long lostItemId;

    public BookingConflictException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param lostItemId the room that was taken, or null when the database did not say which */
    public BookingConflictException(String message, Long lostItemId, Throwable cause) {
        super(message, cause);
        this.lostItemId = lostItemId;
    }

    /** This refusal, with the key and figures a page words it by. */
    public BookingConflictException worded(String key, Object... arguments) {
        word(key, arguments);
        return this;
    }

    /** The room that was taken, for a page to name it in the guest's language; empty when not known. */
    public OptionalLong lostItemId() {
        return lostItemId == null ? OptionalLong.empty() : OptionalLong.of(lostItemId);
    }
}
