package dev.bookspace.web.booking;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.catalog.ItemOffer;
import java.io.Serializable;
import java.util.List;

/**
 * A further room of a booking of several, beside the page's own room: the guest says how many sleep in it and
 * chooses its own add-ons; it is priced, and booked, with the same nights.
 */
public class ExtraRoom implements Serializable {

    private final ItemOffer offer;
    private int guests = 1;
    private final List<AddOnSelection> addOns;

    public ExtraRoom(ItemOffer offer) {
        this.offer = offer;
        this.addOns = offer.addOns().stream().map(AddOnSelection::new).toList();
    }

    /** This room's own add-ons: those of every room and those offered with this one only. */
    public List<AddOnSelection> getAddOns() {
        return addOns;
    }

    /** The add-ons ticked for this room. */
    public List<AddOnChoice> choices() {
        return addOns.stream().filter(AddOnSelection::isChosen).map(AddOnSelection::choice).toList();
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
