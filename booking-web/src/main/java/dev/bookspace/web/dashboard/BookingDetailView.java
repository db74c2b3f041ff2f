package dev.bookspace.web.dashboard;

import dev.bookspace.booking.BookingDeskService;
import dev.bookspace.booking.BookingDetail;
import dev.bookspace.booking.GuestDetails;
import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.payment.PaymentUnavailableException;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.Responses;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /dashboard/booking.xhtml?ref=…}: one booking with its rooms, add-ons, payments and history,
 * and the actions its status allows. Another organisation's reference answers 404.
 */
@Named
@ViewScoped
public class BookingDetailView implements Serializable {

    @Inject
    private CurrentAccount current;

    @EJB
    private BookingDeskService desk;

    @Inject
    private DashboardWords words;

    private String reference;
    private BookingDetail booking;
    private final GuestDetails guest = new GuestDetails();
    private BigDecimal refundAmount;
    private final Map<Long, Integer> units = new HashMap<>();
    private final Map<Long, List<Integer>> freeUnits = new HashMap<>();

    public void load() {
        try {
            show(desk.detail(current.scope(), reference));
        } catch (NotFoundException e) {
            Responses.notFound(words.say("booking.notFound"));
        }
    }

    public void markPaid() {
        change(() -> desk.markPaid(current.scope(), reference), "booking.markedPaid");
    }

    public void markBalancePaid() {
        change(() -> desk.markBalancePaid(current.scope(), reference), "booking.balanceMarkedPaid");
    }

    public void complete() {
        change(() -> desk.complete(current.scope(), reference), "booking.markedComplete");
    }

    public void cancel() {
        change(() -> desk.cancel(current.scope(), reference,
                booking.refundsThroughStripe() && refundAmount != null ? money(refundAmount) : null),
                "booking.cancelled");
    }

    public void refund() {
        if (refundAmount == null) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.say("booking.enterRefund"));
            return;
        }
        change(() -> desk.refund(current.scope(), reference, money(refundAmount)), "booking.refunded");
    }

    /** Moves the stay in one of the booking's rooms to the unit chosen for it; a refusal is said at the top of the page. */
    public void moveToUnit(long itemId) {
        Integer unit = units.get(itemId);
        if (unit == null) {
            return;
        }
        try {
            show(desk.moveToUnit(current.scope(), reference, itemId, unit));
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("booking.unitMoved"));
        } catch (InvalidRequestException e) {
            e.problems().forEach(problem -> FormMessages.global(FacesMessage.SEVERITY_ERROR, problem.message()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The unit each room's stay takes, by the room's id, as the page's fields edit them. */
    public Map<Long, Integer> getUnits() {
        return units;
    }

    /** The units each room's stay may take, by the room's id: those free for its nights, its own included. */
    public Map<Long, List<Integer>> getFreeUnits() {
        return freeUnits;
    }

    public void saveGuest() {
        change(() -> desk.changeGuest(current.scope(), reference, guest), "booking.guestSaved");
    }

    /** Does the change and says so ({@code done}: the key of the sentence in the Dashboard bundle). */
    private void change(Supplier<BookingDetail> action, String done) {
        try {
            show(action.get());
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say(done));
        } catch (InvalidRequestException e) {
            FormMessages.show("booking", e);
        } catch (IllegalBookingChangeException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.refusal(e));
        } catch (PaymentUnavailableException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.refusal(e));
        }
    }

    /** How the list of units names one: as staff named it, or "Room 2" where they gave it no name. */
    public String unitLabel(BookingDetail.Room room, int unit) {
        String name = room.nameOf(unit);
        return name.equals(String.valueOf(unit)) ? words.say("booking.unitNumber", unit) : name;
    }

    /** Shows the booking as it now stands, its fields as they are (the change form changes it too). */
    public void show(BookingDetail detail) {
        booking = detail;
        units.clear();
        freeUnits.clear();
        detail.rooms().forEach(room -> {
            units.put(room.itemId(), room.unit());
            // A stay that can no longer move keeps the unit it took.
            freeUnits.put(room.itemId(), room.units() > 1 && detail.canCancel()
                    ? desk.freeUnits(current.scope(), detail.reference(), room.itemId()) : List.of(room.unit()));
        });
        guest.setName(detail.guestName());
        guest.setEmail(detail.guestEmail());
        guest.setPhone(detail.guestPhone());
        guest.setNotes(detail.notes());
        // A booking made under a policy proposes the policy's refund, which staff may override.
        refundAmount = !detail.cancellationPolicy().isEmpty() && detail.canCancel() ? detail.policyRefund().decimal()
                : detail.refundable().minor() > 0 ? detail.refundable().decimal() : null;
    }

    private Money money(BigDecimal amount) {
        return Money.ofDecimal(amount, booking.total().currency(), "refund");
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BookingDetail getBooking() {
        return booking;
    }

    public GuestDetails getGuest() {
        return guest;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }
}
