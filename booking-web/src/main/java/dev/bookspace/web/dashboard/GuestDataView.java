package dev.bookspace.web.dashboard;

import dev.bookspace.booking.BookingDetail;
import dev.bookspace.booking.GuestDataService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.shared.FormMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /dashboard/guest-data.xhtml}: a guest's data rights, for staff answering a guest's request:
 * find everything held about an address, download it as JSON, or anonymise it.
 */
@Named
@ViewScoped
public class GuestDataView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private GuestDataService guestData;

    private String email;
    private String found;
    private List<BookingDetail> bookings = List.of();

    public void find() {
        try {
            bookings = guestData.find(current.scope(), email);
            found = email.strip();
        } catch (InvalidRequestException e) {
            FormMessages.show("guest-data", e);
        }
    }

    public void anonymise() {
        int anonymised = guestData.anonymise(current.scope(), found);
        FormMessages.global(FacesMessage.SEVERITY_INFO, anonymised == 0
                ? words.say("guestData.nothingLeft", found)
                : words.say("guestData.anonymised", words.say("count.bookings", anonymised), found));
        bookings = guestData.find(current.scope(), found);
    }

    /** The JSON download of what was found. */
    public String getExportLink() {
        return "/dashboard/guest-data.json?email=" + URLEncoder.encode(found, StandardCharsets.UTF_8);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The address last looked up, or null before any. */
    public String getFound() {
        return found;
    }

    public List<BookingDetail> getBookings() {
        return bookings;
    }
}
