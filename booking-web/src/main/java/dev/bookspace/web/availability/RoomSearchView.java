package dev.bookspace.web.availability;

import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.availability.AvailableItem;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.web.shared.Responses;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The public rooms page of one organisation, {@code /{org}/rooms?check_in=…&checkout=…}: the rooms
 * free for those dates. Changing a date searches again over AJAX and rewrites the address bar, so
 * the page stays bookmarkable. The view keeps the search, not the rooms found (those are kept for one
 * request by {@link RoomSearchResults}), because a view-scoped bean lives in the visitor's session.
 */
@Named
@ViewScoped
public class RoomSearchView implements Serializable {

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private AvailabilityService availability;

    @Inject
    private RoomSearchResults results;

    private String organisationIdentifier;
    private String checkInParameter;
    private String checkoutParameter;

    private OrganisationSummary organisation;
    private LocalDate checkIn;
    private LocalDate checkout;
    private String problem;

    /** The page's first request: the organisation from the path, the dates from the query. */
    public void load() {
        organisation = directory.findByIdentifier(organisationIdentifier).orElse(null);
        if (organisation == null) {
            Responses.notFound("There is no organisation " + organisationIdentifier + " on Bookspace.");
            return;
        }
        try {
            StayPeriod stay = StayPeriod.parse(checkInParameter, checkoutParameter);
            checkIn = stay.checkIn();
            checkout = stay.checkout();
            results.show(availability.listAvailableItems(organisation.guestScope(), checkIn, checkout));
        } catch (InvalidRequestException e) {
            show(e);
            Responses.badRequest();
        }
    }

    /** A date changed in a picker. */
    public void search() {
        try {
            results.show(availability.listAvailableItems(organisation.guestScope(), checkIn, checkout));
            problem = null;
        } catch (InvalidRequestException e) {
            show(e);
        }
        PrimeFaces.current().ajax().addCallbackParam("bookmark", bookmark());
    }

    private void show(InvalidRequestException e) {
        results.show(List.of());
        problem = e.getMessage();
    }

    /** This search's own address, so a guest can bookmark or share it. */
    private String bookmark() {
        StringBuilder url = new StringBuilder("/").append(organisation.identifier()).append("/rooms");
        String separator = "?";
        if (checkIn != null) {
            url.append(separator).append("check_in=").append(checkIn);
            separator = "&";
        }
        if (checkout != null) {
            url.append(separator).append("checkout=").append(checkout);
        }
        return url.toString();
    }

    /** A room's booking page for this search. */
    public String roomLink(long itemId) {
        return "/" + organisation.identifier() + "/rooms/" + itemId + "?check_in=" + checkIn + "&checkout=" + checkout;
    }

    public long nights() {
        return checkIn != null && checkout != null && checkout.isAfter(checkIn) ? StayPeriod.of(checkIn, checkout).nights() : 0;
    }

    public String getOrganisationIdentifier() {
        return organisationIdentifier;
    }

    public void setOrganisationIdentifier(String organisationIdentifier) {
        this.organisationIdentifier = organisationIdentifier;
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

    public OrganisationSummary getOrganisation() {
        return organisation;
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

    public List<AvailableItem> getRooms() {
        return results.rooms(() -> {
            if (organisation == null || problem != null || checkIn == null || checkout == null) {
                return List.of();
            }
            try {
                return availability.listAvailableItems(organisation.guestScope(), checkIn, checkout);
            } catch (InvalidRequestException e) {
                return List.of();
            }
        });
    }

    public String getProblem() {
        return problem;
    }
}
