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
 * @param language the language the guest reads, in which their e-mails are written; null when the request does not
 *        say (staff at the desk, an integration that sends none), and the guest then reads the organisation's default
 */
public record BookingRequest(long itemId, StayPeriod stay, int guests, List<AddOnChoice> addOns, GuestDetails guest,
        Language language) {

    public BookingRequest {
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(guest, "guest");
        addOns = List.copyOf(addOns);
    }

    /**
     * A request that names no language, as staff's bookings at the desk: the guest reads the organisation's default
     * language, which is the one its staff and its guests most likely share.
     */
    public BookingRequest(long itemId, StayPeriod stay, int guests, List<AddOnChoice> addOns, GuestDetails guest) {
        this(itemId, stay, guests, addOns, guest, null);
    }

    /** The language the guest reads: the one asked for, else the organisation's default. */
    public Language languageOr(Language organisationDefault) {
        return language == null ? organisationDefault : language;
    }
}
