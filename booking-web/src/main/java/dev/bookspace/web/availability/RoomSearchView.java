package dev.bookspace.web.availability;

import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.availability.AvailableItem;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.availability.StayRuleService;
import dev.bookspace.availability.UnavailableItems;
import dev.bookspace.catalog.ItemPage;
import dev.bookspace.catalog.RoomOrder;
import dev.bookspace.catalog.RoomPhotoService;
import dev.bookspace.catalog.RoomPhotoView;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.web.shared.GuestDates;
import dev.bookspace.web.shared.PageLanguage;
import dev.bookspace.web.shared.PageWords;
import dev.bookspace.web.shared.Responses;
import dev.bookspace.web.shared.StayRange;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The public rooms page of one organisation, {@code /{org}/rooms?check_in=…&checkout=…&guests=…}: the
 * rooms free for those dates (that sleep the guests, when the search names them), {@value #PAGE_SIZE} at
 * a time, and under them the organisation's other rooms with why each is not offered (first page only,
 * one more query). Changing the dates (one range picker, in the guest's date format, showing which nights
 * are free and from what price) or the guests searches again over AJAX and rewrites the address bar, so
 * the page stays bookmarkable.
 * <p>
 * The page is a stateless view and this bean lives for one request, so looking at rooms costs a guest
 * no HTTP session: with a session each, every visitor kept some 8 KB of heap for an hour
 * (bench/NOTES-driver.md). A date change posts the form, whose hidden {@code org} field names the
 * organisation as the address's path does on the first request.
 */
@Named
@RequestScoped
public class RoomSearchView {

    static final int PAGE_SIZE = 24;
    /** Rooms listed as not offered, at most; a page that lists more says there are more. */
    static final int UNAVAILABLE_SHOWN = 48;

    @EJB
    private OrganisationDirectory directory;

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

    /** The page's language, in which it names the rooms (staff's titles for that language, else the rooms' own). */
    @Inject
    private PageLanguage pageLanguage;

    @Inject
    @ManagedProperty("#{param.org}")
    private String organisationIdentifier;

    private String checkInParameter;
    private String checkoutParameter;
    private String cursor;
    private String guestsParameter;
    private Integer guests;
    private String sort;

    private OrganisationSummary organisation;
    private LocalDate checkIn;
    private LocalDate checkout;
    private ItemPage<AvailableItem> rooms = new ItemPage<>(List.of(), null);
    private List<RoomCard> cards;
    private String problem;
    private UnavailableItems unavailable;
    private List<UnavailableRoomCard> unavailableCards;

    /** The page's first request: the organisation from the path, the dates and the page from the query. */
    public void load() {
        // Transient now, not only once the template is built: before drawing the page PrimeFaces keeps its
        // CSP nonce in the view map of any view not yet known as transient, and that map would make a session.
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
        if (getOrganisation() == null) {
            Responses.notFound(words.format("rooms.no-organisation", organisationIdentifier));
            return;
        }
        try {
            StayPeriod stay = StayPeriod.parseOr(checkInParameter, checkoutParameter,
                    () -> stayRules.firstStay(organisation.guestScope()));
            checkIn = stay.checkIn();
            checkout = stay.checkout();
            guests = parseGuests(guestsParameter, words);
            rooms = availability.listAvailableItems(organisation.guestScope(), checkIn, checkout, guests, order(), cursor,
                    PAGE_SIZE);
            if (rooms.next() == null) {
                findUnavailable();
            }
        } catch (StayRuleException e) {
            problem = StayRuleWords.problem(e, words);
            findUnavailable();
            Responses.badRequest();
        } catch (InvalidRequestException e) {
            problem = "cursor".equals(e.field()) ? words.get("rooms.damaged-cursor") : words.refusal(e);
            Responses.badRequest();
        }
    }

    /** A date changed in a picker: the first page for the new dates. */
    public void search() {
        if (getOrganisation() == null) {
            problem = words.format("rooms.no-organisation", organisationIdentifier);
            return;
        }
        try {
            guests = parseGuests(guestsParameter, words);
            rooms = availability.listAvailableItems(organisation.guestScope(), checkIn, checkout, guests, order(), null,
                    PAGE_SIZE);
            if (rooms.next() == null) {
                findUnavailable();
            }
        } catch (StayRuleException e) {
            problem = StayRuleWords.problem(e, words);
            findUnavailable();
        } catch (InvalidRequestException e) {
            problem = words.refusal(e);
        }
        PrimeFaces.current().ajax().addCallbackParam("bookmark", bookmark());
    }

    /**
     * The rooms not offered for a stay the search could read, with why; a stay rule broken does not stop it. Listed
     * under the last of the free rooms, as a guest reads on: a page with more free rooms after it does not ask, which
     * keeps the first page of a large property one query (bench/RESULTS.md, 2026-12-04 night).
     */
    private void findUnavailable() {
        unavailable = availability.listUnavailableItems(organisation.guestScope(), checkIn, checkout, guests, UNAVAILABLE_SHOWN);
    }

    /** The guests field (here and in the widget): empty for any number of guests, else a whole number from 1. */
    static Integer parseGuests(String text, PageWords words) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below, as for a number below one
        }
        throw new InvalidRequestException("guests", words.get("rooms.guests.refused"));
    }

    /** The order the {@code sort} parameter names, by name when none; another word is the guest's error. */
    private RoomOrder order() {
        RoomOrder order = RoomOrder.of(sort);
        sort = order == RoomOrder.NAME ? null : order.code();
        return order;
    }

    /** This search's own address, so a guest can bookmark or share it. */
    public String bookmark() {
        return search(checkIn, checkout);
    }

    /** The rooms page for these dates and this search's guests. */
    private String search(LocalDate from, LocalDate until) {
        StringBuilder url = new StringBuilder("/").append(organisation.identifier()).append("/rooms");
        String separator = "?";
        if (from != null) {
            url.append(separator).append("check_in=").append(from);
            separator = "&";
        }
        if (until != null) {
            url.append(separator).append("checkout=").append(until);
            separator = "&";
        }
        if (guests != null) {
            url.append(separator).append("guests=").append(guests);
            separator = "&";
        }
        if (sort != null) {
            url.append(separator).append("sort=").append(sort);
        }
        return url.toString();
    }

    /** The address of the next page of rooms for this search, or null on the last page. */
    public String getNextPage() {
        return rooms.next() == null ? null : bookmark() + "&cursor=" + rooms.next();
    }

    /** Whether this is a later page, so the page offers a way back to the first rooms. */
    public boolean isLaterPage() {
        return cursor != null && !cursor.isEmpty() && problem == null;
    }

    /** A room's booking page for another stay, with this search's guests. */
    private String roomLink(long itemId, StayPeriod stay) {
        return "/" + organisation.identifier() + "/rooms/" + itemId + "?check_in=" + stay.checkIn() + "&checkout="
                + stay.checkout() + (guests == null ? "" : "&guests=" + guests);
    }

    /** A room's booking page for this search. */
    private String roomLink(long itemId) {
        return "/" + organisation.identifier() + "/rooms/" + itemId + "?check_in=" + checkIn + "&checkout=" + checkout
                + (guests == null ? "" : "&guests=" + guests);
    }

    /** The search for the nearest stay the organisation's stay rules take, when these dates break them; else null. */
    public String getNearestStay() {
        return unavailable == null ? null : unavailable.nearest().map(stay -> search(stay.checkIn(), stay.checkout())).orElse(null);
    }

    /** The nearest stay in words, as its link reads. */
    public String getNearestStayLabel() {
        return unavailable == null ? null : unavailable.nearest().map(stay -> words.format("rooms.nearest-stay",
                dates.format(stay.checkIn()), dates.format(stay.checkout()), nightsWord(stay.nights()))).orElse(null);
    }

    /** The organisation's rooms not offered for these dates, each with why. */
    public List<UnavailableRoomCard> getUnavailableRooms() {
        if (unavailableCards == null) {
            unavailableCards = unavailable == null ? List.of()
                    : unavailable.items().stream()
                            .map(room -> new UnavailableRoomCard(room.in(pageLanguage.language()), guests, words, dates,
                                    stay -> roomLink(room.item().id(), stay))).toList();
        }
        return unavailableCards;
    }

    /** Whether more rooms are not offered than the page lists. */
    public boolean isMoreUnavailable() {
        return unavailable != null && unavailable.more();
    }

    /** "Free for 2 nights, 4 Dec 2026 to 6 Dec 2026", or that none (no more) is free. */
    public String getResultCount() {
        String key = !getRooms().isEmpty() ? "rooms.count.free" : isLaterPage() ? "rooms.count.no-more" : "rooms.count.none";
        return words.format(key, nightsWord(nights()), dates.format(checkIn), dates.format(checkout));
    }

    private String nightsWord(long nights) {
        return words.format("stay.nights", nights);
    }

    public long nights() {
        return checkIn != null && checkout != null && checkout.isAfter(checkIn) ? StayPeriod.of(checkIn, checkout).nights() : 0;
    }

    /** The organisation the address or the form names, or null when there is none by that identifier. */
    public OrganisationSummary getOrganisation() {
        if (organisation == null && organisationIdentifier != null) {
            organisation = directory.findByIdentifier(organisationIdentifier).orElse(null);
            pageLanguage.follow(organisation);
        }
        return organisation;
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

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public String getGuestsParameter() {
        return guestsParameter;
    }

    public void setGuestsParameter(String guestsParameter) {
        this.guestsParameter = guestsParameter;
    }

    /** The sort parameter: {@code price}, {@code size}, or empty for by name. */
    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    /** The orders the page offers, by their parameter's word. */
    public List<RoomOrder> getOrders() {
        return List.of(RoomOrder.values());
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

    /**
     * The stay as the date range picker holds it: check-in, then checkout once the guest has chosen it. The
     * search then validates the two dates as it validates an address's.
     */
    public List<LocalDate> getStay() {
        return StayRange.of(checkIn, checkout);
    }

    public void setStay(List<LocalDate> stay) {
        checkIn = StayRange.checkIn(stay);
        checkout = StayRange.checkout(stay);
    }

    public List<RoomCard> getRooms() {
        if (cards == null) {
            if (getProblem() != null || rooms.items().isEmpty()) {
                cards = List.of();
            } else {
                // The cards' covers in one query for the page's rooms.
                Map<Long, List<RoomPhotoView>> galleries = photos.galleries(getOrganisation().guestScope(),
                        rooms.items().stream().map(room -> room.item().id()).toList());
                cards = rooms.items().stream().map(room -> new RoomCard(room.in(pageLanguage.language()),
                        roomLink(room.item().id()), cover(galleries.get(room.item().id())), words)).toList();
            }
        }
        return cards;
    }

    private static RoomPhotoView cover(List<RoomPhotoView> gallery) {
        return gallery == null ? null : gallery.stream().filter(RoomPhotoView::cover).findFirst().orElse(null);
    }

    /** Why there are no rooms to show: the search's problem, or dates the picker refused. */
    public String getProblem() {
        if (problem == null && FacesContext.getCurrentInstance().isValidationFailed()) {
            String typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("search:stay_input");
            return StayRange.refusal(typed, dates, getOrganisation().today()).map(words::refusal)
                    .orElseGet(() -> words.format("rooms.stay.refused", StayRange.example(dates, getOrganisation().today())));
        }
        return problem;
    }
}
