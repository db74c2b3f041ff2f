package dev.bookspace.web.booking;

import dev.bookspace.availability.StayRuleException;
import dev.bookspace.booking.BalanceService;
import dev.bookspace.booking.BookingConflictException;
import dev.bookspace.booking.BookingService;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.booking.GuestBooking;
import dev.bookspace.booking.GuestCancellationService;
import dev.bookspace.booking.GuestChangeService;
import dev.bookspace.booking.StayChange;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.booking.PaymentMethod;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.payment.PaymentUnavailableException;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.web.availability.StayRuleWords;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.GuestDates;
import dev.bookspace.web.shared.PageLanguage;
import dev.bookspace.web.shared.PageWords;
import dev.bookspace.web.shared.Responses;
import dev.bookspace.web.shared.StayRange;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The guest's own booking page, {@code /{org}/bookings/{reference}?token=…}, where Stripe sends the
 * guest back: it shows the booking as it stands, and while a card payment is being confirmed it looks
 * again every few seconds. A wrong token answers 404, like a booking that does not exist. A booking made under a
 * cancellation policy can be cancelled here, the refund shown before the guest confirms; while cancelling would be
 * free, its dates or room can be changed here, the new price and its difference shown before the guest confirms.
 */
@Named
@ViewScoped
public class GuestBookingView implements Serializable {

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private BookingService bookings;

    @EJB
    private GuestCancellationService cancellations;

    @EJB
    private BalanceService balances;

    @EJB
    private GuestChangeService changes;

    @EJB
    private CatalogService catalog;

    @Inject
    private PageWords words;

    @Inject
    private GuestDates dates;

    @Inject
    private PageLanguage pageLanguage;

    private String organisationIdentifier;
    private String reference;
    private String token;
    /** {@code balance} from the balance mail's link: the guest goes straight on to pay it. */
    private String pay;

    private OrganisationSummary organisation;
    private GuestBooking booking;
    private boolean confirmingCancellation;
    /** The change form is open: the rooms to choose from, and the room and dates chosen. */
    private List<ItemSummary> rooms;
    private Long newRoomId;
    private LocalDate newCheckIn;
    private LocalDate newCheckout;
    /** The change priced for the guest to confirm, or null. */
    private StayChange proposedChange;
    /** The rooms' titles in the page's language (the one staff gave, where they did), by id; read once a view. */
    private Map<Long, String> titles;

    public void load() {
        organisation = directory.findByIdentifier(organisationIdentifier).orElse(null);
        pageLanguage.follow(organisation);
        booking = organisation == null ? null
                : bookings.findForGuest(organisation.guestScope(), reference, token).orElse(null);
        if (booking == null) {
            Responses.notFound(words.get("booking.not-found"));
        } else if ("balance".equals(pay) && booking.payment().partlyPaid()) {
            payBalance();
        }
    }

    /** Opens Stripe's page for the balance of a deposit booking; a sentence on the page when it cannot. */
    public void payBalance() {
        try {
            String url = balances.balanceCheckoutUrl(organisation.guestScope(), reference, token);
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
        } catch (IllegalBookingChangeException e) {
            refresh();
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.refusal(e));
        } catch (PaymentUnavailableException e) {
            refresh();
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.refusal(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Looks again, while a card payment is being confirmed. */
    public void refresh() {
        booking = bookings.findForGuest(organisation.guestScope(), reference, token).orElse(booking);
    }

    /** The guest asked to cancel: the page shows the refund once more and asks them to confirm. */
    public void askToCancel() {
        refresh();
        confirmingCancellation = booking.canCancel();
    }

    public void keep() {
        confirmingCancellation = false;
    }

    /** Cancels with the refund the guest was shown; if it has changed meanwhile, they are shown the new one to confirm. */
    public void cancel() {
        try {
            booking = cancellations.cancel(organisation.guestScope(), reference, token, booking.cancellationRefund());
            confirmingCancellation = false;
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.get("booking.cancelled"));
        } catch (IllegalBookingChangeException e) {
            refuseCancellation(words.refusal(e));
        } catch (PaymentUnavailableException e) {
            refuseCancellation(words.refusal(e));
        }
    }

    private void refuseCancellation(String sentence) {
        refresh();
        confirmingCancellation = booking.canCancel();
        FormMessages.global(FacesMessage.SEVERITY_ERROR, sentence);
    }

    /** The guest asked to change their dates or room: the form opens with the stay as it is. */
    public void askToChange() {
        refresh();
        if (booking.canChange()) {
            // Titled as the rooms page titles them for this reader: the one staff gave in their language, where given.
            rooms = catalog.listItems(organisation.guestScope()).stream().map(room -> room.in(words.language())).toList();
            // A booking of several rooms changes its dates here, every room kept.
            newRoomId = isOneRoom() ? booking.roomId() : null;
            newCheckIn = booking.stay().checkIn();
            newCheckout = booking.stay().checkout();
        }
    }

    /** Prices the stay chosen; the page shows the new total and its difference for the guest to confirm. */
    public void priceChange() {
        proposedChange = null;
        StayPeriod stay;
        try {
            stay = StayPeriod.of(newCheckIn, newCheckout);
        } catch (InvalidRequestException e) {
            // Under the picker, as the picker's own refusals are: a checkout not after the check-in, say.
            FacesContext faces = FacesContext.getCurrentInstance();
            String sentence = words.refusal(e);
            faces.addMessage("guest-booking:change-stay", new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, sentence));
            faces.validationFailed();
            return;
        }
        try {
            proposedChange = changes.quote(organisation.guestScope(), reference, token, newRoomId, stay);
        } catch (RuntimeException e) {
            refuseChange(e);
        }
    }

    /** Changes the stay at the total shown; a dearer one goes on to Stripe's page for the difference. */
    public void confirmChange() {
        try {
            GuestChangeService.ChangedBooking changed = changes.change(organisation.guestScope(), reference, token,
                    isOneRoom() ? proposedChange.roomId() : null, proposedChange.stay(), proposedChange.total());
            booking = changed.booking();
            closeChange();
            if (changed.checkoutUrl() != null) {
                FacesContext.getCurrentInstance().getExternalContext().redirect(changed.checkoutUrl());
                return;
            }
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.get("booking.changed"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            proposedChange = null;
            refuseChange(e);
            refresh();
        }
    }

    public void closeChange() {
        rooms = null;
        proposedChange = null;
    }

    /** The service's refusal as a sentence on the page: taken nights, a stay rule, a wrong date, or no longer changeable. */
    private void refuseChange(RuntimeException e) {
        String sentence;
        if (e instanceof BookingConflictException) {
            sentence = words.get(isOneRoom() ? "booking.change.taken" : "booking.change.taken-one-of");
        } else if (e instanceof StayRuleException refusal) {
            sentence = StayRuleWords.problem(refusal, words);
        } else if (e instanceof InvalidRequestException refusal) {
            sentence = words.refusal(refusal);
        } else if (e instanceof IllegalBookingChangeException refusal) {
            sentence = words.refusal(refusal);
        } else if (e instanceof PaymentUnavailableException refusal) {
            sentence = words.refusal(refusal);
        } else if (e instanceof NotFoundException) {
            sentence = words.get("booking.not-found");
        } else {
            throw e;
        }
        FormMessages.global(FacesMessage.SEVERITY_ERROR, sentence);
    }

    /** What the difference means for the guest's money, in their words. */
    public String getDifferenceText() {
        StayChange change = proposedChange;
        if (change.payNow().minor() > 0) {
            return words.format("booking.change.pay-now", words.money(change.payNow()));
        }
        if (change.refund().minor() > 0) {
            return words.format("booking.change.refund", words.money(change.refund()));
        }
        if (change.difference().minor() > 0) {
            return words.format("booking.change.more-later", words.money(change.difference()));
        }
        if (change.difference().minor() < 0) {
            return words.format("booking.change.less", words.money(change.difference().negated()));
        }
        return words.get("booking.change.same");
    }

    public boolean isChanging() {
        return rooms != null;
    }

    public List<ItemSummary> getRooms() {
        return rooms;
    }

    public Long getNewRoomId() {
        return newRoomId;
    }

    public void setNewRoomId(Long newRoomId) {
        this.newRoomId = newRoomId;
    }

    /** The new stay in the rooms page's picker: check-in, then checkout once chosen. */
    public List<LocalDate> getStay() {
        return StayRange.of(newCheckIn, newCheckout);
    }

    public void setStay(List<LocalDate> stay) {
        newCheckIn = StayRange.checkIn(stay);
        newCheckout = StayRange.checkout(stay);
    }

    /** Why the picker refused the stay, in the words the room page's picker gives (a checkout not after the check-in, a past day). */
    public String getStayRefusal() {
        return StayRange.refusalOf("guest-booking:change-stay", dates, words, organisation.today());
    }

    /** A stay typed as the guest's dates read, for the picker's message when it cannot read what was typed. */
    public String getStayExample() {
        return StayRange.example(dates, organisation.today());
    }

    public StayChange getProposedChange() {
        return proposedChange;
    }

    /**
     * The proposed room's title as the rooms page names it for this reader, or the booking's rooms' titles, for the
     * sentence that says the new stay.
     */
    public String getProposedRoomTitle() {
        return isOneRoom() ? titles().getOrDefault(proposedChange.roomId(), proposedChange.roomTitle()) : getBookedRoomTitles();
    }

    /** The booking's rooms as the rooms page names them for this reader: "Sea Room + Garden Room". */
    public String getBookedRoomTitles() {
        return String.join(" + ", booking.rooms().stream().map(this::title).toList());
    }

    /** Whether the booking holds one room, whose room the guest may change too (of several, the dates only). */
    public boolean isOneRoom() {
        return booking.rooms().size() == 1;
    }

    /** A booked room's title as the rooms page names it for this reader. */
    public String title(GuestBooking.Room room) {
        return titles().getOrDefault(room.itemId(), room.title());
    }

    private Map<Long, String> titles() {
        if (titles == null) {
            titles = catalog.listItems(organisation.guestScope()).stream()
                    .collect(Collectors.toMap(ItemSummary::id, room -> room.title(words.language())));
        }
        return titles;
    }

    /** What cancelling today gives back, in the guest's words. */
    public String getRefundText() {
        if (booking.cancellationRefund().minor() > 0) {
            return words.format("booking.refund", words.money(booking.cancellationRefund()));
        }
        return words.get(booking.status() == BookingStatus.PAID ? "booking.refund.none" : "booking.refund.nothing-paid");
    }

    /** What is still to pay and by when ("€168.00 by 2027-07-03"), or that the booking is paid in full. */
    public String getStillToPay() {
        if (booking.payment().balanceDue().minor() == 0) {
            return words.get("booking.paid-in-full");
        }
        String amount = words.money(booking.payment().balanceDue());
        return booking.payment().balanceDueOn() == null ? amount
                : words.format("booking.due-by", amount, booking.payment().balanceDueOn().toString());
    }

    /** Cancelled here or at the desk, or still to be: only an active booking can be asked about. */
    public boolean isActive() {
        return booking.status() == BookingStatus.UNPAID || booking.status() == BookingStatus.PAID;
    }

    public boolean isConfirmingCancellation() {
        return confirmingCancellation;
    }

    /** Unpaid and held for a card payment that Stripe has not confirmed yet. */
    public boolean isAwaitingPayment() {
        return booking.status() == BookingStatus.UNPAID
                && booking.paymentMethod() == PaymentMethod.STRIPE;
    }

    public String getOrganisationIdentifier() {
        return organisationIdentifier;
    }

    public void setOrganisationIdentifier(String organisationIdentifier) {
        this.organisationIdentifier = organisationIdentifier;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getPay() {
        return pay;
    }

    public void setPay(String pay) {
        this.pay = pay;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public GuestBooking getBooking() {
        return booking;
    }
}
