package dev.bookspace.web.dashboard;

import dev.bookspace.catalog.AddOnForm;
import dev.bookspace.catalog.AddOnOffer;
import dev.bookspace.catalog.AddOnPricing;
import dev.bookspace.catalog.RoomService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.Responses;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /dashboard/add-ons.xhtml?room=…}: the add-ons of one room, or without a room those offered
 * with every room. Staff add them, change them and withdraw them.
 */
@Named
@ViewScoped
public class AddOnsView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private RoomService rooms;

    private String roomParameter;
    private Long roomId;
    private String roomTitle;
    private List<AddOnOffer> addOns = List.of();
    private AddOnForm form = new AddOnForm();
    /** The add-on being changed, or null while the form makes a new one. */
    private AddOnOffer editing;

    public void load() {
        try {
            if (roomParameter != null && !roomParameter.isBlank()) {
                roomId = Long.parseLong(roomParameter);
                roomTitle = rooms.getRoom(current.scope(), roomId).getTitle();
            }
            refresh();
        } catch (NotFoundException | NumberFormatException e) {
            Responses.notFound(words.say("rooms.notFound"));
        }
    }

    /** Adds the form's add-on, or saves the one being changed; either way, says so. */
    public void save() {
        try {
            if (editing == null) {
                rooms.addAddOn(current.scope(), roomId, form);
                FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("addOns.added", form.getName().strip()));
            } else {
                rooms.changeAddOn(current.scope(), editing.id(), form);
                FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("addOns.saved", form.getName().strip()));
            }
            cancelEdit();
            refresh();
        } catch (InvalidRequestException e) {
            FormMessages.show("add-on", e);
        }
    }

    /** Fills the form with the add-on to change it. */
    public void edit(AddOnOffer addOn) {
        editing = addOn;
        form = AddOnForm.of(addOn);
    }

    public void cancelEdit() {
        editing = null;
        form = new AddOnForm();
    }

    public AddOnOffer getEditing() {
        return editing;
    }

    public void withdraw(long addOnId) {
        rooms.withdrawAddOn(current.scope(), addOnId);
        refresh();
    }

    private void refresh() {
        addOns = rooms.listAddOns(current.scope(), roomId);
    }

    public AddOnPricing[] getPricings() {
        return AddOnPricing.values();
    }

    public String getRoomParameter() {
        return roomParameter;
    }

    public void setRoomParameter(String roomParameter) {
        this.roomParameter = roomParameter;
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getRoomTitle() {
        return roomTitle;
    }

    public List<AddOnOffer> getAddOns() {
        return addOns;
    }

    public AddOnForm getForm() {
        return form;
    }
}
