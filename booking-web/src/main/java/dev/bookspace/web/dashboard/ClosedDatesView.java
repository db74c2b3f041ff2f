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
import java.util.ArrayList;
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
    /** The chosen room's units by name, unit 1 first: a choice of one, or of every unit, when there are several. */
    private List<String> unitNames = List.of();
    /** {@value #EVERY_UNIT}, or the number of the one unit to close. */
    private String unitChoice = EVERY_UNIT;

    static final String EVERY_UNIT = "every";

    /** On a room's page: that room's dialog and list. */
    public void showRoom(long id) {
        roomId = id;
        upcoming = blocks.listUpcoming(current.scope(), id);
        unitNames = blocks.unitNames(current.scope(), id);
    }

    /** On the calendar, staff chose the room: its units to choose from. */
    public void roomChosen() {
        unitChoice = EVERY_UNIT;
        try {
            unitNames = roomId == null ? List.of() : blocks.unitNames(current.scope(), roomId);
        } catch (NotFoundException e) {
            unitNames = List.of();
        }
    }

    public void close() {
        conflict = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (roomId == null) {
            faces.addMessage(FORM + ":room", new FacesMessage(FacesMessage.SEVERITY_ERROR, words.say("closeDates.chooseRoom"), null));
            faces.validationFailed();
            return;
        }
        form.setEveryUnit(EVERY_UNIT.equals(unitChoice));
        form.setUnit(EVERY_UNIT.equals(unitChoice) ? null : Integer.valueOf(unitChoice));
        try {
            blocks.close(current.scope(), roomId, form);
            form = new ClosedDatesForm();
            unitChoice = EVERY_UNIT;
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

    public List<String> getUnitNames() {
        return unitNames;
    }

    /** A choice of the unit select: {@value #EVERY_UNIT} or a unit's number, and what staff read. */
    public record UnitChoice(String value, String label) implements Serializable {
    }

    /** Every unit first, then each unit by name. */
    public List<UnitChoice> getUnitChoices() {
        List<UnitChoice> choices = new ArrayList<>();
        choices.add(new UnitChoice(EVERY_UNIT, words.say("closeDates.everyUnit")));
        for (int unit = 1; unit <= unitNames.size(); unit++) {
            choices.add(new UnitChoice(String.valueOf(unit), unitNames.get(unit - 1)));
        }
        return choices;
    }

    public String getUnitChoice() {
        return unitChoice;
    }

    public void setUnitChoice(String unitChoice) {
        this.unitChoice = unitChoice == null || !unitChoice.matches("\\d{1,3}") ? EVERY_UNIT : unitChoice;
    }

    public String getConflict() {
        return conflict;
    }
}
