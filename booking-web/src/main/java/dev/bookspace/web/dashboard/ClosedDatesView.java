package dev.bookspace.web.dashboard;

import dev.bookspace.availability.ClosedDates;
import dev.bookspace.availability.ClosedDatesConflictException;
import dev.bookspace.availability.ClosedDatesForm;
import dev.bookspace.availability.RoomBlockService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.web.shared.FormMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The close-dates dialog (a room, its nights, a reason) on the calendar and on a room's page, and the
 * room page's list of its closed dates to come, each of which staff can reopen. Refusals show in the
 * dialog: a field's next to it, a booking or closed dates in the way above the button.
 */
@Named
@ViewScoped
public class ClosedDatesView implements Serializable {

    /** The dialog's form; its inputs carry the service's field names, so refusals land next to them. */
    static final String FORM = "close-dates";

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private RoomBlockService blocks;

    @Inject
    private Event<ClosedDatesChanged> changes;

    private Long roomId;
    private ClosedDatesForm form = new ClosedDatesForm();
    private List<ClosedDates> upcoming = List.of();
    private String conflict;

    /** On a room's page: that room's dialog and list. */
    public void showRoom(long id) {
        roomId = id;
        upcoming = blocks.listUpcoming(current.scope(), id);
    }

    public void close() {
        conflict = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (roomId == null) {
            faces.addMessage(FORM + ":room", new FacesMessage(FacesMessage.SEVERITY_ERROR, words.say("closeDates.chooseRoom"), null));
            faces.validationFailed();
            return;
        }
        try {
            blocks.close(current.scope(), roomId, form);
            form = new ClosedDatesForm();
            changed();
        } catch (InvalidRequestException e) {
            FormMessages.show(FORM, e);
        } catch (ClosedDatesConflictException e) {
            conflict = words.refusal(e);
            faces.validationFailed();
        } catch (NotFoundException e) {
            conflict = words.say("closedDates.roomGone");
            faces.validationFailed();
        }
    }

    public void reopen(long blockId) {
        blocks.reopen(current.scope(), roomId, blockId);
        changed();
    }

    private void changed() {
        upcoming = blocks.listUpcoming(current.scope(), roomId);
        changes.fire(new ClosedDatesChanged(roomId));
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public ClosedDatesForm getForm() {
        return form;
    }

    public List<ClosedDates> getUpcoming() {
        return upcoming;
    }

    public String getConflict() {
        return conflict;
    }
}
