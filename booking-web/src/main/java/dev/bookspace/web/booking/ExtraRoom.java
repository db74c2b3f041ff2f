package dev.bookspace.web.booking;

import dev.bookspace.catalog.ItemOffer;
import java.io.Serializable;

/**
 * A further room of a booking of several, beside the page's own room: the guest says how many sleep in it; it is
 * priced, and booked, with the same nights.
 */
public class ExtraRoom implements Serializable {

    private final ItemOffer offer;
    private int guests = 1;

    public ExtraRoom(ItemOffer offer) {
        this.offer = offer;
    }

    public ItemOffer getOffer() {
        return offer;
    }

    public long id() {
        return offer.item().id();
    }

    public int getGuests() {
        return guests;
    }

    public void setGuests(int guests) {
        this.guests = guests;
    }
}
