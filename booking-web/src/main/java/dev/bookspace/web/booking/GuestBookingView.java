package dev.bookspace.web.booking;

import dev.bookspace.booking.BookingService;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.booking.GuestBooking;
import dev.bookspace.booking.PaymentMethod;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.web.shared.Responses;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The guest's own booking page, {@code /{org}/bookings/{reference}?token=…}, where Stripe sends the
 * guest back: it shows the booking as it stands, and while a card payment is being confirmed it looks
 * again every few seconds. A wrong token answers 404, like a booking that does not exist.
 */
@Named
@ViewScoped
public class GuestBookingView implements Serializable {

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private BookingService bookings;

    private String organisationIdentifier;
    private String reference;
    private String token;

    private OrganisationSummary organisation;
    private GuestBooking booking;

    public void load() {
        organisation = directory.findByIdentifier(organisationIdentifier).orElse(null);
        booking = organisation == null ? null
                : bookings.findForGuest(organisation.guestScope(), reference, token).orElse(null);
        if (booking == null) {
            Responses.notFound("There is no such booking.");
        }
    }

    /** Looks again, while a card payment is being confirmed. */
    public void refresh() {
        booking = bookings.findForGuest(organisation.guestScope(), reference, token).orElse(booking);
    }

    /** Unpaid and held for a card payment that Stripe has not confirmed yet. */
    public boolean isAwaitingPayment() {
        return booking.status() == BookingStatus.UNPAID
                && booking.paymentMethod() == PaymentMethod.STRIPE;
    }

    /** The status in the guest's words. */
    public String getStatusText() {
        return switch (booking.status()) {
            case PAID -> "Paid";
            case COMPLETE -> "Completed";
            case CANCELLED -> "Cancelled";
            case EXPIRED -> "Expired: the payment did not arrive in time";
            case UNPAID -> isAwaitingPayment() ? "Awaiting payment" : "Confirmed, to be paid on arrival";
        };
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
