package dev.bookspace.web.dashboard;

import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.availability.AvailableItem;
import dev.bookspace.availability.StayRuleBreach;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.availability.StayRuleService;
import dev.bookspace.booking.BookingConfirmation;
import dev.bookspace.booking.BookingConflictException;
import dev.bookspace.booking.BookingRequest;
import dev.bookspace.booking.BookingService;
import dev.bookspace.booking.DeskSettlement;
import dev.bookspace.booking.GuestDetails;
import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.catalog.ItemOffer;
import dev.bookspace.pricing.Quote;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.pricing.QuoteService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.web.availability.StayRuleWords;
import dev.bookspace.web.booking.AddOnSelection;
import dev.bookspace.web.booking.ExtraRoom;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.PageWords;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /dashboard/new-booking.xhtml}: staff book for a guest with the public page's availability,
 * pricing and validation: dates, then a free room, add-ons and the live price, the guest's details,
 * and whether it is paid, held unpaid or paid on arrival. Further free rooms may join the booking for the same
 * dates, each with its guests: one booking, one payment, all or nothing.
 */
@Named
@ViewScoped
public class NewBookingView implements Serializable {

    @Inject
    private DashboardWords words;

    /** The stay rules' sentences, which the public pages and this form share. */
    @Inject
    private PageWords pageWords;

    @Inject
    private CurrentAccount current;

    @EJB
    private AvailabilityService availability;

    @EJB
    private CatalogService catalog;

    @EJB
    private QuoteService quotes;

    @EJB
    private BookingService bookings;

    @EJB
    private StayRuleService stayRules;

    private String checkInParameter;
    private String checkoutParameter;
    private String itemParameter;
    private LocalDate checkIn;
    private LocalDate checkout;
    private int guests = 1;
    private List<AvailableItem> freeRooms = List.of();
    private Long itemId;
    private ItemOffer offer;
    private List<AddOnSelection> addOns = List.of();
    private List<Long> extraItemIds = new ArrayList<>();
    private List<ExtraRoom> extraRooms = List.of();
    private final GuestDetails guest = new GuestDetails();
    private DeskSettlement settlement = DeskSettlement.PAY_ON_ARRIVAL;

    /** The stay rules the chosen dates break: guests could not book them, staff may, by saying so. */
    private List<StayRuleBreach> stayRuleBreaches = List.of();
    private boolean overrideStayRules;

    private Quote quote;
    private String problem;
    private String conflict;

    /** The calendar links here with a room and dates filled in: {@code ?item=…&check_in=…&checkout=…}. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || checkInParameter == null) {
            return;
        }
        try {
            StayPeriod stay = StayPeriod.parse(checkInParameter, checkoutParameter);
            checkIn = stay.checkIn();
            checkout = stay.checkout();
        } catch (InvalidRequestException e) {
            return;
        }
        findRooms();
        if (itemParameter != null && freeRooms.stream().anyMatch(room -> String.valueOf(room.item().id()).equals(itemParameter))) {
            chooseRoom(Long.valueOf(itemParameter));
            reprice();
        }
    }

    /** New dates: list the rooms free for them, keeping the chosen room if it still is. */
    public void findRooms() {
        conflict = null;
        if (checkIn == null || checkout == null) {
            freeRooms = List.of();
            return;
        }
        try {
            freeRooms = availability.listAvailableItems(current.scope(), checkIn, checkout);
            stayRuleBreaches = stayRules.breaches(current.scope(), StayPeriod.of(checkIn, checkout));
            problem = null;
        } catch (InvalidRequestException e) {
            freeRooms = List.of();
            stayRuleBreaches = List.of();
            problem = words.refusal(e);
        }
        overrideStayRules = false;
        if (itemId != null && freeRooms.stream().noneMatch(room -> room.item().id() == itemId)) {
            chooseRoom(null);
        }
        extraRoomsChosen();
    }

    public void roomChosen() {
        chooseRoom(itemId);
        reprice();
    }

    private void chooseRoom(Long id) {
        itemId = id;
        offer = id == null ? null : catalog.getOffer(current.scope(), id);
        addOns = offer == null ? List.of() : offer.addOns().stream().map(AddOnSelection::new).toList();
        extraItemIds = new ArrayList<>(extraItemIds.stream().filter(extra -> !extra.equals(id)).toList());
    }

    /** Further rooms ticked or unticked: those still free join the booking, each keeping the guests it had. */
    public void extraRoomsChosen() {
        Set<Long> free = otherFreeRooms().stream().map(room -> room.item().id()).collect(Collectors.toSet());
        extraItemIds = new ArrayList<>(extraItemIds.stream().filter(free::contains).toList());
        Map<Long, ExtraRoom> had = extraRooms.stream().collect(Collectors.toMap(ExtraRoom::id, extra -> extra));
        extraRooms = extraItemIds.stream().map(id -> had.getOrDefault(id, new ExtraRoom(catalog.getOffer(current.scope(), id))))
                .toList();
        reprice();
    }

    /** Anything that changes the price: priced again on the server. */
    public void reprice() {
        quote = null;
        if (offer == null || checkIn == null || checkout == null) {
            return;
        }
        try {
            StayPeriod stay = StayPeriod.of(checkIn, checkout);
            quote = quotes.quoteTogether(current.scope(), rooms().stream()
                    .map(room -> new QuoteRequest(room.itemId(), stay, room.guests(), room.addOns())).toList());
            problem = null;
        } catch (StayRuleException e) {
            problem = StayRuleWords.problem(e, pageWords);
        } catch (InvalidRequestException e) {
            problem = words.refusal(e);
        }
    }

    /** Books, then opens the new booking's page. */
    public void book() throws IOException {
        if (offer == null || checkIn == null || checkout == null) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.say("newBooking.chooseFirst"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            BookingConfirmation confirmation = bookings.bookAtDesk(current.scope(), new BookingRequest(rooms(),
                    // No language: the guest reads the organisation's default, as staff and guests most likely share it.
                    StayPeriod.of(checkIn, checkout), guest, null), settlement, overrideStayRules);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/dashboard/booking.xhtml?ref=" + confirmation.reference());
        } catch (BookingConflictException e) {
            findRooms();
            conflict = words.refusal(e);
        } catch (StayRuleException e) {
            // Each rule its own message, as each field problem is one.
            e.breaches().forEach(breach -> FormMessages.global(FacesMessage.SEVERITY_ERROR, breach(breach) + "."));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidRequestException e) {
            // The guest's fields have inputs of their own names; any other refusal is about the stay.
            FacesContext faces = FacesContext.getCurrentInstance();
            e.problems().forEach(problem -> faces.addMessage(problem.field().startsWith("guest.")
                    ? "new-booking:" + problem.field().substring("guest.".length()) : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, words.problem(problem), null)));
            faces.validationFailed();
        }
    }

    /** The chosen room with its add-ons, then each further room. */
    private List<BookingRequest.Room> rooms() {
        List<BookingRequest.Room> rooms = new ArrayList<>();
        rooms.add(new BookingRequest.Room(itemId, guests, choices()));
        extraRooms.forEach(extra -> rooms.add(new BookingRequest.Room(extra.id(), extra.getGuests(), List.of())));
        return rooms;
    }

    /** The free rooms that could join the chosen one. */
    public List<AvailableItem> getOtherFreeRooms() {
        return otherFreeRooms();
    }

    private List<AvailableItem> otherFreeRooms() {
        return itemId == null ? List.of() : freeRooms.stream().filter(room -> room.item().id() != itemId).toList();
    }

    public List<Long> getExtraItemIds() {
        return extraItemIds;
    }

    public void setExtraItemIds(List<Long> extraItemIds) {
        this.extraItemIds = extraItemIds == null ? new ArrayList<>() : new ArrayList<>(extraItemIds);
    }

    public List<ExtraRoom> getExtraRooms() {
        return extraRooms;
    }

    private List<AddOnChoice> choices() {
        return addOns.stream().filter(AddOnSelection::isChosen).map(AddOnSelection::choice).toList();
    }

    public List<StayRuleBreach> getStayRuleBreaches() {
        return stayRuleBreaches;
    }

    /** A rule the stay breaks, in the page's language, as the staff member decides whether to book despite it. */
    public String breach(StayRuleBreach breach) {
        return StayRuleWords.sentence(breach, pageWords);
    }

    public boolean isOverrideStayRules() {
        return overrideStayRules;
    }

    public void setOverrideStayRules(boolean overrideStayRules) {
        this.overrideStayRules = overrideStayRules;
    }

    public String getCheckInParameter() {
        return checkInParameter;
    }

    public void setCheckInParameter(String checkInParameter) {
        this.checkInParameter = checkInParameter;
    }

    public String getCheckoutParameter() {
        return checkoutParameter;
    }

    public void setCheckoutParameter(String checkoutParameter) {
        this.checkoutParameter = checkoutParameter;
    }

    public String getItemParameter() {
        return itemParameter;
    }

    public void setItemParameter(String itemParameter) {
        this.itemParameter = itemParameter;
    }

    public DeskSettlement[] getSettlements() {
        return DeskSettlement.values();
    }

    public LocalDate getCheckIn() {
        return checkIn;
    }

    public void setCheckIn(LocalDate checkIn) {
        this.checkIn = checkIn;
    }

    public LocalDate getCheckout() {
        return checkout;
    }

    public void setCheckout(LocalDate checkout) {
        this.checkout = checkout;
    }

    public int getGuests() {
        return guests;
    }

    public void setGuests(int guests) {
        this.guests = guests;
    }

    public List<AvailableItem> getFreeRooms() {
        return freeRooms;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public ItemOffer getOffer() {
        return offer;
    }

    public List<AddOnSelection> getAddOns() {
        return addOns;
    }

    public GuestDetails getGuest() {
        return guest;
    }

    public DeskSettlement getSettlement() {
        return settlement;
    }

    public void setSettlement(DeskSettlement settlement) {
        this.settlement = settlement;
    }

    public Quote getQuote() {
        return quote;
    }

    public String getProblem() {
        return problem;
    }

    public String getConflict() {
        return conflict;
    }
}
