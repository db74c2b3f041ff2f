package dev.bookspace.web.dashboard;

import dev.bookspace.availability.StayRuleException;
import dev.bookspace.booking.BookingConflictException;
import dev.bookspace.booking.GuestChangeService;
import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.booking.RoomChange;
import dev.bookspace.booking.StayChange;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.web.availability.StayRuleWords;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.PageWords;
import dev.bookspace.web.shared.StayRange;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "Change stay" form of {@code /dashboard/booking.xhtml}: staff pick other nights in the rooms page's stay picker
 * and, for each room of the booking, one of the rooms free for them and its guests; they may add a room or take one
 * off. They see the new price and what the difference means, and confirm. The change is
 * the API's ({@link GuestChangeService#changeAtDesk}); a refusal (stay rules, nights taken) is said in the form and
 * changes nothing. Staff may change a stay the stay rules refuse by saying so, as they book one, and the booking's
 * history records the override.
 */
@Named
@ViewScoped
public class BookingChangeView implements Serializable {

    @Inject
    private CurrentAccount current;

    @EJB
    private GuestChangeService changes;

    @EJB
    private OrganisationDirectory directory;

    @Inject
    private BookingDetailView detail;

    @Inject
    private DashboardWords words;

    /** The stay rules' sentences, which the public pages and the dashboard share. */
    @Inject
    private PageWords pageWords;

    private boolean changing;
    private LocalDate checkIn;
    private LocalDate checkout;
    private List<RoomRow> rows = new ArrayList<>();
    private List<ItemSummary> rooms = List.of();
    private StayChange proposed;
    private String problem;
    /** The stay chosen breaks the stay rules: staff may change it anyway, and the booking's history will say so. */
    private boolean stayRulesBroken;
    private boolean overrideStayRules;

    /** The form opens with the stay as it is: a row for each room of the booking. */
    public void open() {
        var booked = detail.getBooking().rooms();
        changing = true;
        checkIn = booked.get(0).stay().checkIn();
        checkout = booked.get(0).stay().checkout();
        rows = booked.stream().map(room -> new RoomRow(room.itemId(), room.title(), room.guests()))
                .collect(Collectors.toCollection(ArrayList::new));
        findRooms();
    }

    public void close() {
        changing = false;
        proposed = null;
        problem = null;
        stayRulesBroken = false;
        overrideStayRules = false;
    }

    /** Other nights picked: an override of the rules given for the nights before does not hold for them. */
    public void datesChosen() {
        stayRulesBroken = false;
        overrideStayRules = false;
        findRooms();
    }

    /** Another room for the booking, for the same nights: staff choose which and for how many. */
    public void addRoom() {
        rows.add(new RoomRow(null, null, 1));
        proposed = null;
    }

    /** A room taken off the booking (the last one stays: cancelling is another action). */
    public void removeRoom(RoomRow row) {
        if (rows.size() > 1) {
            rows.remove(row);
        }
        price();
    }

    /** Other nights: the rooms free for them; a room chosen before that is taken for them is said so. */
    public void findRooms() {
        proposed = null;
        problem = null;
        if (checkIn == null || checkout == null) {
            rooms = List.of();
            return;
        }
        try {
            rooms = changes.roomsForChangeAtDesk(current.scope(), detail.getReference(), StayPeriod.of(checkIn, checkout));
        } catch (InvalidRequestException e) {
            rooms = List.of();
            problem = words.refusal(e);
            return;
        }
        for (RoomRow row : rows) {
            if (row.roomId != null && rooms.stream().noneMatch(room -> room.id() == row.roomId)) {
                String title = row.roomId.equals(row.continues) ? row.bookedTitle : null;
                row.roomId = null;
                problem = title == null ? problem : words.say("refusal.changeTaken", title);
            }
        }
    }

    /**
     * Prices the stay chosen, for staff to see the new total and its difference before confirming; the rooms free
     * for typed dates are listed first.
     */
    public void price() {
        findRooms();
        if (problem != null) {
            return;
        }
        if (checkIn == null || checkout == null || rows.stream().anyMatch(row -> row.roomId == null)) {
            problem = words.say("change.chooseFirst");
            return;
        }
        try {
            proposed = changes.quoteAtDesk(current.scope(), detail.getReference(), roomChanges(),
                    StayPeriod.of(checkIn, checkout), overrideStayRules);
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    /** Changes the stay priced; the page then shows the booking as it stands. */
    public void confirm() {
        if (proposed == null) {
            return;
        }
        try {
            detail.show(changes.changeAtDesk(current.scope(), detail.getReference(), roomChanges(), proposed.stay(),
                    overrideStayRules));
            close();
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("change.done"));
        } catch (RuntimeException e) {
            proposed = null;
            refuse(e);
        }
    }

    private List<RoomChange> roomChanges() {
        return rows.stream().map(row -> new RoomChange(row.continues, row.roomId, row.guests)).toList();
    }

    /** The service's refusal as the form's sentence: a stay rule, taken nights, a booking no longer changeable. */
    private void refuse(RuntimeException e) {
        if (e instanceof StayRuleException refusal) {
            problem = StayRuleWords.problem(refusal, pageWords);
            stayRulesBroken = true;
        } else if (e instanceof BookingConflictException refusal) {
            findRooms();
            problem = words.refusal(refusal);
        } else if (e instanceof IllegalBookingChangeException refusal) {
            problem = words.refusal(refusal);
        } else if (e instanceof InvalidRequestException refusal) {
            problem = words.refusal(refusal);
        } else {
            throw e;
        }
    }

    /** What the difference means for the guest's money, as staff confirm it. */
    public String getDifferenceText() {
        if (proposed.refund().minor() > 0) {
            return words.say("change.refund", proposed.refund().formatted());
        }
        if (proposed.difference().minor() > 0) {
            return words.say("change.more", proposed.difference().formatted());
        }
        if (proposed.difference().minor() < 0) {
            return words.say("change.less", proposed.difference().negated().formatted());
        }
        return words.say("change.same");
    }

    /** Where the stay picker asks which nights are free: the organisation's public nights. */
    public String getNightsPath() {
        return "/" + directory.findById(current.scope().organisationId()).orElseThrow().identifier() + "/nights";
    }

    public boolean isChanging() {
        return changing;
    }

    public boolean isStayRulesBroken() {
        return stayRulesBroken;
    }

    public boolean isOverrideStayRules() {
        return overrideStayRules;
    }

    public void setOverrideStayRules(boolean overrideStayRules) {
        this.overrideStayRules = overrideStayRules;
    }

    /** The new stay in the rooms page's picker: check-in, then checkout once chosen. */
    public List<LocalDate> getStay() {
        return StayRange.of(checkIn, checkout);
    }

    public void setStay(List<LocalDate> stay) {
        checkIn = StayRange.checkIn(stay);
        checkout = StayRange.checkout(stay);
    }

    public List<RoomRow> getRows() {
        return rows;
    }

    /** Whether a room can be taken off: a booking keeps at least one. */
    public boolean isRemovable() {
        return rows.size() > 1;
    }

    public List<ItemSummary> getRooms() {
        return rooms;
    }

    public StayChange getProposed() {
        return proposed;
    }

    public String getProblem() {
        return problem;
    }

    /**
     * One room of the booking as the form changes it: the booking's room it continues (null for a room added), the
     * room chosen and how many stay in it.
     */
    public static final class RoomRow implements Serializable {

        private final Long continues;
        private final String bookedTitle;
        private Long roomId;
        private Integer guests;

        RoomRow(Long continues, String bookedTitle, Integer guests) {
            this.continues = continues;
            this.bookedTitle = bookedTitle;
            this.roomId = continues;
            this.guests = guests;
        }

        public Long getRoomId() {
            return roomId;
        }

        public void setRoomId(Long roomId) {
            this.roomId = roomId;
        }

        public Integer getGuests() {
            return guests;
        }

        public void setGuests(Integer guests) {
            this.guests = guests;
        }
    }
}
