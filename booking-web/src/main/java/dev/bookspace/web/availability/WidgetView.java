package dev.bookspace.web.availability;

import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.availability.AvailableItem;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.availability.StayRuleService;
import dev.bookspace.catalog.RoomPhotoService;
import dev.bookspace.catalog.RoomPhotoView;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.organisation.WidgetService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.web.shared.ContentSecurityPolicyFilter;
import dev.bookspace.web.shared.GuestDates;
import dev.bookspace.web.shared.Responses;
import dev.bookspace.web.shared.PageLanguage;
import dev.bookspace.web.shared.PageWords;
import dev.bookspace.web.shared.StayRange;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The booking widget, {@code /{org}/widget?check_in=…&checkout=…}: the page an owner's site shows in a frame
 * (through {@code /widget.js}), with the stay picker of the rooms page, a number of guests, and the rooms free for
 * them. Only the sites the owner listed may frame it; a room's link opens its booking page on Bookspace with the
 * dates and the guests.
 * <p>
 * Stateless like the rooms page ({@link RoomSearchView}): a visitor who looks costs no HTTP session, and a date
 * changed posts the form with the organisation in a hidden field. It speaks the page's language, as the public pages
 * do ({@link PageLanguage}), without their switcher: the owner's site around it has its own.
 */
@Named
@RequestScoped
public class WidgetView {

    static final int ROOMS_SHOWN = 24;

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private WidgetService widget;

    @EJB
    private AvailabilityService availability;

    @EJB
    private StayRuleService stayRules;

    @EJB
    private RoomPhotoService photos;

    @Inject
    private GuestDates dates;

    @Inject
    private PageWords words;

    @Inject
    private PageLanguage pageLanguage;

    @Inject
    @ManagedProperty("#{param.org}")
    private String organisationIdentifier;

    private String checkInParameter;
    private String checkoutParameter;
    private String guestsParameter;
    private Integer guests;
    private OrganisationSummary organisation;
    private LocalDate checkIn;
    private LocalDate checkout;
    private List<AvailableItem> rooms = List.of();
    private List<WidgetRoomCard> cards;
    private String problem;
    /** Whether this request searched, or found it could not. */
    private boolean searched;

    /** The first request: the organisation from the path, the sites that may frame it, the dates from the query. */
    public void load() {
        // Transient before drawing, as RoomSearchView says: else PrimeFaces' CSP nonce would make a session.
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
        if (getOrganisation() == null) {
            Responses.notFound(words.format("rooms.no-organisation", organisationIdentifier));
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ContentSecurityPolicyFilter.allowFraming((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), widget.allowedOrigins(organisation.guestScope()).frameAncestors());
        try {
            StayPeriod stay = StayPeriod.parseOr(checkInParameter, checkoutParameter,
                    () -> stayRules.firstStay(organisation.guestScope()));
            checkIn = stay.checkIn();
            checkout = stay.checkout();
        } catch (InvalidRequestException e) {
            searched = true;
            problem = words.refusal(e);
            Responses.badRequest();
            return;
        }
        find();
    }

    /** A date changed in a picker: the rooms free for the new dates. */
    public void search() {
        if (getOrganisation() == null) {
            searched = true;
            problem = words.format("rooms.no-organisation", organisationIdentifier);
            return;
        }
        find();
    }

    private void find() {
        searched = true;
        try {
            guests = RoomSearchView.parseGuests(guestsParameter, words);
            rooms = availability.listAvailableItems(organisation.guestScope(), checkIn, checkout, guests, null, ROOMS_SHOWN).items();
        } catch (InvalidRequestException e) {
            problem = words.refusal(e);
        }
    }

    /**
     * Searches now when neither the address nor a picker did: the form posted by other means than its pickers'
     * AJAX (a script, a browser without JavaScript) still answers for the dates it carried, or says what is wrong.
     */
    private void searchOnce() {
        if (!searched && !FacesContext.getCurrentInstance().isValidationFailed()) {
            search();
        }
    }

    /** The free rooms' cards, their covers read in one query. */
    public List<WidgetRoomCard> getRooms() {
        searchOnce();
        if (cards == null) {
            if (problem != null || rooms.isEmpty()) {
                cards = List.of();
            } else {
                Map<Long, List<RoomPhotoView>> galleries = photos.galleries(organisation.guestScope(),
                        rooms.stream().map(room -> room.item().id()).toList());
                cards = rooms.stream().map(room -> new WidgetRoomCard(new RoomCard(room, roomLink(room.item().id()),
                        galleries.getOrDefault(room.item().id(), List.of()).stream().filter(RoomPhotoView::cover)
                                .findFirst().orElse(null), words), room, words)).toList();
            }
        }
        return cards;
    }

    /** A room's booking page on Bookspace for these dates and guests. */
    private String roomLink(long itemId) {
        return "/" + organisation.identifier() + "/rooms/" + itemId + "?check_in=" + checkIn + "&checkout=" + checkout
                + (guests == null ? "" : "&guests=" + guests);
    }

    /** What the search found, with the dates as the visitor writes them: "Free for 2 nights, 3 Jan 2027 to 5 Jan 2027". */
    public String getSummary() {
        String nights = words.format("stay.nights", StayPeriod.of(checkIn, checkout).nights());
        return words.format(getRooms().isEmpty() ? "rooms.count.none" : "rooms.count.free", nights, dates.format(checkIn),
                dates.format(checkout));
    }

    /** The organisation the address or the form names, or null when there is none by that identifier. */
    public OrganisationSummary getOrganisation() {
        if (organisation == null && organisationIdentifier != null) {
            organisation = directory.findByIdentifier(organisationIdentifier).orElse(null);
            pageLanguage.follow(organisation);
        }
        return organisation;
    }

    /** Why there are no rooms to show: the search's problem, or dates the picker refused, as the rooms page says it. */
    public String getProblem() {
        searchOnce();
        if (problem == null && FacesContext.getCurrentInstance().isValidationFailed()) {
            String typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("search:stay_input");
            return StayRange.refusal(typed, dates, getOrganisation().today()).map(words::refusal)
                    .orElseGet(() -> words.format("rooms.stay.refused", StayRange.example(dates, getOrganisation().today())));
        }
        return problem;
    }

    public String getOrganisationIdentifier() {
        return organisationIdentifier;
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

    public String getGuestsParameter() {
        return guestsParameter;
    }

    public void setGuestsParameter(String guestsParameter) {
        this.guestsParameter = guestsParameter;
    }

    /** The stay as the range picker holds it (see {@link StayRange}). */
    public List<LocalDate> getStay() {
        return StayRange.of(checkIn, checkout);
    }

    public void setStay(List<LocalDate> stay) {
        checkIn = StayRange.checkIn(stay);
        checkout = StayRange.checkout(stay);
    }
}
