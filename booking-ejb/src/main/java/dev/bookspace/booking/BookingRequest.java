package dev.bookspace.booking;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.shared.StayPeriod;
import java.util.List;
import java.util.Objects;

/**
 * A guest's request to book one item for a stay.
 *
 * @param itemId the item
 * @param stay the nights
 * @param guests how many people stay
 * @param addOns the add-ons chosen, each with its quantity
 * @param guest who books
 */
public record BookingRequest(long itemId, StayPeriod stay, int guests, List<AddOnChoice> addOns, GuestDetails guest) {

    public BookingRequest {
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(guest, "guest");
        addOns = List.copyOf(addOns);
    }
}
