package dev.bookspace.booking;

import dev.bookspace.shared.StayPeriod;
import java.util.Objects;

/**
 * A guest's request to hold one item for a stay.
 *
 * @param itemId the item to hold
 * @param stay the nights
 * @param guests how many people stay
 * @param guestName who books
 * @param guestEmail where the confirmation goes
 */
public record HoldRequest(long itemId, StayPeriod stay, int guests, String guestName, String guestEmail) {

    public HoldRequest {
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(guestName, "guestName");
        Objects.requireNonNull(guestEmail, "guestEmail");
    }
}
