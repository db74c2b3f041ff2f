package dev.bookspace.web.booking;

import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.availability.AvailableItem;
import dev.bookspace.availability.StayRuleService;
import dev.bookspace.booking.BookingConfirmation;
import dev.bookspace.booking.BookingConflictException;
import dev.bookspace.booking.BookingRequest;
import dev.bookspace.booking.BookingService;
import dev.bookspace.booking.GuestDetails;
import dev.bookspace.booking.ProofOfWork;
import dev.bookspace.booking.PublicBookingLimits;
import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.catalog.ItemOffer;
import dev.bookspace.catalog.RoomFacts;
import dev.bookspace.organisation.PropertyDetails;
import dev.bookspace.catalog.RoomPhotoService;
import dev.bookspace.catalog.RoomPhotoView;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.payment.PaymentUnavailableException;
import dev.bookspace.pricing.Quote;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.pricing.QuoteService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.web.shared.GuestDates;
import dev.bookspace.web.shared.PageLanguage;
import dev.bookspace.web.shared.PageWords;
import dev.bookspace.web.availability.StayRuleWords;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.web.shared.Responses;
import dev.bookspace.web.shared.StayRange;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * A room's booking page, {@code /{org}/rooms/{item}?check_in=…&checkout=…&guests=…}: dates, guests
 * and add-ons, priced by the server on every change, and the guest form, validated as the guest types
 * with the constraints of {@link GuestDetails}. Booking redirects to Stripe Checkout, or to the guest's
 * booking page for pay-on-arrival.
 *
 * <p>With {@code with=…} (one a further room, as the rooms page sends them to {@code /{org}/rooms/together}, the
 * first then being the page's room) the page books several rooms for the same nights with one form and one payment:
 * each further room with its own guests and its own add-ons, priced with the page's room in one breakdown, booked all
 * or nothing.
 */
@Named
@ViewScoped
public class RoomBookingView implements Serializable {

    /** Where the service's field names appear on this page. */
    private static final Map<String, String> FIELDS = Map.of(
            "guest.name", "booking:name", "guest.email", "booking:email", "guest.phone", "booking:phone",
            "guest.notes", "booking:notes", "guest.terms_accepted", "booking:terms");

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private CatalogService catalog;

    @EJB
    private QuoteService quotes;

    @EJB
    private BookingService bookings;

    @EJB
    private AvailabilityService availability;

    @EJB
    private StayRuleService stayRules;

    @EJB
    private PublicBookingLimits limits;

    @EJB
    private RoomPhotoService photos;

    @Inject
    private GuestDates dates;

    @Inject
    private PageWords words;

    /** The page's language, in which it names the room (staff's title for that language, else the room's own). */
    @Inject
    private PageLanguage pageLanguage;

    private String organisationIdentifier;
    private String itemParameter;
    private String checkInParameter;
    private String checkoutParameter;
    private String guestsParameter;

    private OrganisationSummary organisation;
    private ItemOffer offer;
    private LocalDate checkIn;
    private LocalDate checkout;
    private int guests = 1;
    private List<AddOnSelection> addOns = List.of();
    private List<ExtraRoom> extraRooms = List.of();
    private List<RoomPhotoView> gallery = List.of();
    private final GuestDetails guest = new GuestDetails();

    private Quote quote;
    private String problem;
    private String conflict;
    private List<AvailableItem> alternatives = List.of();
    /** The puzzle this page's browser must solve before booking, when its network has booked often; else null. */
    private ProofOfWork proofOfWork;
    /** The browser's answer to it. */
    private String proofAnswer;

    /** The page's first request: organisation and room from the path, stay and guests from the query. */
    public void load() {
        organisation = directory.findByIdentifier(organisationIdentifier).orElse(null);
        if (organisation == null) {
            Responses.notFound(words.format("rooms.no-organisation", organisationIdentifier));
            return;
        }
        pageLanguage.follow(organisation);
        List<String> chosen = chosenRooms();
        if (chosen.isEmpty()) {
            // The rooms page's "book together" sent with nothing ticked: back to the rooms to tick some.
            redirect(roomsLink(checkInParameter, checkoutParameter));
            return;
        }
        try {
            offer = catalog.getOffer(organisation.guestScope(), Long.parseLong(chosen.get(0))).in(pageLanguage.language());
            List<ExtraRoom> extras = new ArrayList<>();
            for (String other : chosen.subList(1, chosen.size())) {
                extras.add(new ExtraRoom(catalog.getOffer(organisation.guestScope(), Long.parseLong(other)).in(pageLanguage.language())));
            }
            extraRooms = List.copyOf(extras);
        } catch (NotFoundException | NumberFormatException e) {
            Responses.notFound(words.get("room.not-found"));
            return;
        }
        addOns = offer.addOns().stream().map(AddOnSelection::new).toList();
        gallery = photos.gallery(organisation.guestScope(), offer.item().id());
        guests = parseGuests(guestsParameter);
        try {
            StayPeriod stay = StayPeriod.parseOr(checkInParameter, checkoutParameter,
                    () -> stayRules.firstStay(organisation.guestScope()));
            checkIn = stay.checkIn();
            checkout = stay.checkout();
        } catch (InvalidRequestException e) {
            problem = words.refusal(e);
            Responses.badRequest();
            return;
        }
        reprice();
        if (problem != null) {
            Responses.badRequest();
        }
        proofOfWork = limits.challengeFor(organisation.guestScope(), clientAddress()).orElse(null);
    }

    /** The page's room, then each further room, without repeats: the path's room, or the first {@code with}. */
    private List<String> chosenRooms() {
        String[] with = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .getOrDefault("with", new String[0]);
        Set<String> rooms = new LinkedHashSet<>();
        if (itemParameter != null) {
            rooms.add(itemParameter.strip());
        }
        Arrays.stream(with).map(String::strip).filter(id -> !id.isEmpty()).forEach(rooms::add);
        return List.copyOf(rooms);
    }

    /** Dates, guests or an add-on changed: price again on the server, and keep the address in step. */
    public void reprice() {
        try {
            StayPeriod stay = StayPeriod.of(checkIn, checkout);
            List<QuoteRequest> rooms = new ArrayList<>();
            rooms.add(new QuoteRequest(offer.item().id(), stay, guests, choices()));
            extraRooms.forEach(extra -> rooms.add(new QuoteRequest(extra.id(), stay, extra.getGuests(), extra.choices())));
            quote = quotes.quoteTogether(organisation.guestScope(), rooms);
            problem = null;
        } catch (StayRuleException e) {
            quote = null;
            problem = StayRuleWords.problem(e, words);
        } catch (InvalidRequestException e) {
            quote = null;
            problem = words.refusal(e);
        }
        conflict = null;
        if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam("bookmark", bookmark());
        }
    }

    /** Books, then sends the guest to pay, or to their booking page. */
    public void book() throws IOException {
        if (!admitted()) {
            return;
        }
        List<BookingRequest.Room> rooms = new ArrayList<>();
        rooms.add(new BookingRequest.Room(offer.item().id(), guests, choices()));
        extraRooms.forEach(extra -> rooms.add(new BookingRequest.Room(extra.id(), extra.getGuests(), extra.choices())));
        try {
            BookingConfirmation confirmation = bookings.book(organisation.guestScope(), new BookingRequest(
                    rooms, StayPeriod.of(checkIn, checkout), guest,
                    Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())
                            .orElse(Language.ENGLISH)));
            String next = confirmation.checkoutUrl() != null ? confirmation.checkoutUrl() : confirmation.pagePath();
            FacesContext.getCurrentInstance().getExternalContext().redirect(next);
        } catch (BookingConflictException e) {
            // Named in the page's language: the room the database says was taken, of this booking's rooms.
            conflict = words.format("room.conflict", e.lostItemId().stream().mapToObj(this::titleOf).findFirst()
                    .orElse(offer.item().title()));
            Set<Long> chosen = rooms.stream().map(BookingRequest.Room::itemId).collect(Collectors.toSet());
            alternatives = availability.listAvailableItems(organisation.guestScope(), checkIn, checkout).stream()
                    .filter(room -> !chosen.contains(room.item().id()))
                    .map(room -> room.in(pageLanguage.language()))
                    .toList();
        } catch (InvalidRequestException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            e.problems().forEach(field -> faces.addMessage(FIELDS.get(field.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, words.problem(field), words.problem(field))));
            faces.validationFailed();
        } catch (PaymentUnavailableException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, words.refusal(e), words.refusal(e)));
        }
    }

    private String titleOf(long itemId) {
        return extraRooms.stream().filter(extra -> extra.id() == itemId).map(extra -> extra.getOffer().item().title())
                .findFirst().orElse(offer.item().title());
    }

    private static void redirect(String path) {
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Within the public pages' limits; otherwise the page says why, or gives its browser a puzzle to solve first. */
    private boolean admitted() {
        FacesContext faces = FacesContext.getCurrentInstance();
        PublicBookingLimits.Admission admission = limits.admit(organisation.guestScope(), clientAddress(),
                proofOfWork == null ? null : proofOfWork.challenge(), proofAnswer);
        if (admission instanceof PublicBookingLimits.Admission.Refused refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.sentence(), refused.sentence()));
            return false;
        }
        if (admission instanceof PublicBookingLimits.Admission.ProveWork prove) {
            proofOfWork = prove.challenge();
            proofAnswer = null;
            String sentence = words.get("room.proving-work");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, sentence, sentence));
            return false;
        }
        return true;
    }

    private static String clientAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public ProofOfWork getProofOfWork() {
        return proofOfWork;
    }

    public String getProofAnswer() {
        return proofAnswer;
    }

    public void setProofAnswer(String proofAnswer) {
        this.proofAnswer = proofAnswer;
    }

    private List<AddOnChoice> choices() {
        return addOns.stream().filter(AddOnSelection::isChosen).map(AddOnSelection::choice).toList();
    }

    /** What the guests field takes, said when it is given something else. */
    public String getGuestsRule() {
        int capacity = offer.item().capacity();
        return words.format("room.guests-rule", offer.item().title(), capacity);
    }

    private static int parseGuests(String text) {
        try {
            return text == null || text.isBlank() ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0; // not a number of guests: the quote refuses it with the room's rule, never books one guest instead
        }
    }

    private String bookmark() {
        return "/" + organisation.identifier() + "/rooms/" + offer.item().id() + "?check_in=" + checkIn
                + "&checkout=" + checkout + "&guests=" + guests
                + extraRooms.stream().map(extra -> "&with=" + extra.id()).collect(Collectors.joining());
    }

    /** The rooms page for the same stay. */
    public String roomsLink() {
        return roomsLink(String.valueOf(checkIn), String.valueOf(checkout));
    }

    private String roomsLink(String checkInText, String checkoutText) {
        return "/" + organisation.identifier() + "/rooms" + (checkInText == null || checkoutText == null ? ""
                : "?check_in=" + URLEncoder.encode(checkInText, StandardCharsets.UTF_8) + "&checkout="
                + URLEncoder.encode(checkoutText, StandardCharsets.UTF_8));
    }

    /** Another free room's page for the same stay and guests. */
    public String roomLink(long itemId) {
        return "/" + organisation.identifier() + "/rooms/" + itemId + "?check_in=" + checkIn + "&checkout=" + checkout
                + "&guests=" + guests;
    }

    public String getOrganisationIdentifier() {
        return organisationIdentifier;
    }

    public void setOrganisationIdentifier(String organisationIdentifier) {
        this.organisationIdentifier = organisationIdentifier;
    }

    public String getItemParameter() {
        return itemParameter;
    }

    public void setItemParameter(String itemParameter) {
        this.itemParameter = itemParameter;
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

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public ItemOffer getOffer() {
        return offer;
    }

    /** The room's beds, size and amenities. */
    public RoomFacts getFacts() {
        return offer.item().facts();
    }

    /** The property's address, contact and hours, with this room's own hours where it has them. */
    public PropertyDetails getProperty() {
        return offer.item().facts().hoursOf(organisation.property());
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

    /** The stay as the range picker holds it: check-in, then checkout once chosen; reprice and book validate it. */
    public List<LocalDate> getStay() {
        return StayRange.of(checkIn, checkout);
    }

    public void setStay(List<LocalDate> stay) {
        checkIn = StayRange.checkIn(stay);
        checkout = StayRange.checkout(stay);
    }

    /**
     * Why the picker refused the stay: a checkout not after the check-in, or a past check-in, in the words an
     * address's dates get.
     */
    public String getStayRefusal() {
        return StayRange.refusalOf("booking:stay", dates, words, organisation.today());
    }

    /** A stay typed as the guest's dates read, for the picker's message when it cannot read what was typed. */
    public String getStayExample() {
        return StayRange.example(dates, organisation.today());
    }

    public int getGuests() {
        return guests;
    }

    public void setGuests(int guests) {
        this.guests = guests;
    }

    /** The room's photos in order, for the gallery; empty when it has none. */
    public List<RoomPhotoView> getGallery() {
        return gallery;
    }

    /** The further rooms of a booking of several; empty for one room. */
    public List<ExtraRoom> getExtraRooms() {
        return extraRooms;
    }

    /** What a further room's guests field takes. */
    public String guestsRuleOf(ExtraRoom extra) {
        return words.format("room.guests-rule", extra.getOffer().item().title(), extra.getOffer().item().capacity());
    }

    public List<AddOnSelection> getAddOns() {
        return addOns;
    }

    /** What the phone field says when the organisation requires a number and gets none. */
    public String getPhoneMissing() {
        return words.validation(GuestDetails.PHONE_MISSING);
    }

    public GuestDetails getGuest() {
        return guest;
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

    public List<AvailableItem> getAlternatives() {
        return alternatives;
    }
}
