package dev.bookspace.booking;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.shared.Language;
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
 * @param language the language the guest reads, in which their e-mails are written
 */
public record BookingRequest(long itemId, StayPeriod stay, int guests, List<AddOnChoice> addOns, GuestDetails guest,
        Language language) {

    public BookingRequest {
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(guest, "guest");
        Objects.requireNonNull(language, "language");
        addOns = List.copyOf(addOns);
    }

    /**
     * A request in English: staff's bookings at the desk, until an organisation has a language of its own, whose
     * guests would then read that one.
     */
    public BookingRequest(long itemId, StayPeriod stay, int guests, List<AddOnChoice> addOns, GuestDetails guest) {
        this(itemId, stay, guests, addOns, guest, Language.ENGLISH);
    }
}
