package dev.bookspace.booking;

/** How staff take a booking they make for a guest. */
public enum DeskSettlement {
    /** The guest paid in person. */
    PAID("Booked at the desk and paid there."),
    /** Held unpaid for the organisation's hold minutes, until staff mark it paid. */
    HOLD("Booked at the desk; held unpaid until paid there."),
    /** Confirmed now, paid when the guest arrives. */
    PAY_ON_ARRIVAL("Booked at the desk, to pay on arrival.");

    private final String description;

    DeskSettlement(String description) {
        this.description = description;
    }

    /** How the booking's history tells it. */
    String description() {
        return description;
    }
}
