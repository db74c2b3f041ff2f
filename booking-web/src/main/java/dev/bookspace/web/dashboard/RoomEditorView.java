package dev.bookspace.web.dashboard;

import dev.bookspace.catalog.Amenity;
import dev.bookspace.catalog.RoomForm;
import dev.bookspace.catalog.RoomService;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.Responses;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code /dashboard/room.xhtml?id=…}: edit a room, or create one without an id; take it off the
 * public pages and put it back; close some of its dates ({@link ClosedDatesView}); its photos
 * ({@link RoomPhotosView}); the facts guests compare rooms by (beds, size, amenities, its own hours).
 * Another organisation's room answers 404.
 */
@Named
@ViewScoped
public class RoomEditorView implements Serializable {

    @Inject
    private CurrentAccount current;

    @EJB
    private RoomService rooms;

    @EJB
    private OrganisationDirectory directory;

    @Inject
    private ClosedDatesView closedDates;

    @Inject
    private RoomCalendarsView calendars;

    @Inject
    private RoomPhotosView photos;

    @Inject
    private DashboardWords words;

    private String idParameter;
    private Long roomId;
    private RoomForm form = new RoomForm();
    private boolean active = true;
    private String propertyHours;

    public void load() {
        if (idParameter == null || idParameter.isBlank()) {
            return;
        }
        try {
            roomId = Long.parseLong(idParameter);
            form = rooms.getRoom(current.scope(), roomId);
            active = rooms.isActive(current.scope(), roomId);
            closedDates.showRoom(roomId);
            calendars.showRoom(roomId);
            photos.showRoom(roomId);
        } catch (NotFoundException | NumberFormatException e) {
            Responses.notFound(words.say("rooms.notFound"));
        }
    }

    public void save() throws IOException {
        try {
            rooms.saveRoom(current.scope(), roomId, form);
            backToRooms(words.say("rooms.saved", form.getTitle()));
        } catch (InvalidRequestException e) {
            FormMessages.show("room", onThePage(e));
        }
    }

    /** The service names a unit's name {@code unitNames[2]}; the page's field for it sits in a row of the names' repeat. */
    private static InvalidRequestException onThePage(InvalidRequestException refusal) {
        return new InvalidRequestException(refusal.problems().stream()
                .map(problem -> new InvalidRequestException.FieldProblem(
                        UNIT_NAME.matcher(problem.field()).replaceFirst("unit-names:$1:unit-name"), problem.message(),
                        problem.wording()))
                .toList());
    }

    private static final Pattern UNIT_NAME = Pattern.compile("^unitNames\\[(\\d+)]$");

    /** The amenities staff choose from, in the list's order. */
    public List<Amenity> getAmenities() {
        return List.of(Amenity.values());
    }

    /** The organisation's hours, which a room without its own keeps. */
    public String getPropertyHours() {
        if (propertyHours == null) {
            propertyHours = directory.findById(current.scope().organisationId()).map(org -> org.property().hours()).orElse("");
        }
        return propertyHours;
    }

    public void toggleActive() throws IOException {
        rooms.setActive(current.scope(), roomId, !active);
        backToRooms(words.say(active ? "rooms.hiddenNow" : "rooms.bookableAgain", form.getTitle()));
    }

    /** Back to the list, which says what was done (kept in the flash across the redirect). */
    private static void backToRooms(String done) throws IOException {
        FormMessages.global(FacesMessage.SEVERITY_INFO, done);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/dashboard/rooms.xhtml");
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public Long getRoomId() {
        return roomId;
    }

    public RoomForm getForm() {
        return form;
    }

    public boolean isActive() {
        return active;
    }
}
