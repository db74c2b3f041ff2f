package dev.bookspace.booking;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where a booking stands. Stored in lower case, as {@code booking_items}' exclusion constraint names them. */
public enum BookingStatus {
    /** A hold awaiting payment, or a pay-on-arrival booking. */
    UNPAID,
    PAID,
    /** The guest has stayed. */
    COMPLETE,
    CANCELLED,
    /** A hold whose payment never came. */
    EXPIRED;

    /**
     * The statuses that occupy an item's nights; the others free them. SQL that must use the index
     * booking_items_blocking_range_idx writes this as {@code booking_status NOT IN ('cancelled', 'expired')},
     * the index's predicate (V5); BookingStatusTest keeps the two equal. The rows of closed dates carry a
     * status of their own, {@code blocked}, which is no booking's and which that predicate counts too (V16).
     */
    public static final Set<BookingStatus> BLOCKING = EnumSet.of(UNPAID, PAID, COMPLETE);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BookingStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
