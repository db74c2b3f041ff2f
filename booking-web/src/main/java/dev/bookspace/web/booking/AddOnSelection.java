package dev.bookspace.web.booking;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.catalog.AddOnOffer;
import java.io.Serializable;

/** One add-on row of the booking page: offered, toggled on or off, with a quantity. */
public class AddOnSelection implements Serializable {

    private final AddOnOffer offer;
    private boolean chosen;
    private int quantity = 1;

    public AddOnSelection(AddOnOffer offer) {
        this.offer = offer;
    }

    public AddOnChoice choice() {
        return new AddOnChoice(offer.id(), quantity);
    }

    public AddOnOffer getOffer() {
        return offer;
    }

    public boolean isChosen() {
        return chosen;
    }

    public void setChosen(boolean chosen) {
        this.chosen = chosen;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
