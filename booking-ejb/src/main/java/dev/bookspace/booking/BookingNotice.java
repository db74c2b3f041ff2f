package dev.bookspace.booking;

/**
 * The changes to a booking that integrators are told about by webhook. A history line that carries
 * one is queued for delivery in the same transaction as the change, and nothing more.
 */
public enum BookingNotice {
    CREATED("booking.created"),
    PAID("booking.paid"),
    CANCELLED("booking.cancelled"),
    EXPIRED("booking.expired"),
    CHANGED("booking.changed");

    private final String type;

    BookingNotice(String type) {
        this.type = type;
    }

    /** The event's {@code type} in a webhook, as stored in {@code booking_events.notice}. */
    public String type() {
        return type;
    }
}
