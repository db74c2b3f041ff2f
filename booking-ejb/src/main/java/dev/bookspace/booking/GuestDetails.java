package dev.bookspace.booking;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.OneLine;
import dev.bookspace.shared.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Who books, with the one definition of what is valid: the booking page validates each field against
 * these constraints as the guest types, and {@link BookingService} validates them again on submit. The phone
 * and the terms are asked for only where the organisation wants them: {@link #rulesFor}.
 */
public class GuestDetails implements Serializable {

    /** Said when an organisation that requires a phone number gets none. */
    public static final String PHONE_MISSING = "Please enter a phone number, in case we need to reach you.";

    /** The group of constraints that apply where the organisation requires a phone number. */
    public interface PhoneRequired {
    }

    /** The group of constraints that apply where the organisation has terms to accept. */
    public interface TermsToAccept {
    }

    @NotBlank(message = "Please enter your name.")
    @Size(max = 120, message = "Your name can be at most 120 characters.")
    @OneLine(message = "Please write your name on one line, without tabs or line breaks.")
    private String name;

    @NotBlank(message = "Please enter your e-mail address.")
    // Empty matches here so that an empty field gets only the @NotBlank sentence.
    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "Please enter an e-mail address such as ada@example.org.")
    @Size(max = 254, message = "An e-mail address can be at most 254 characters.")
    private String email;

    @NotBlank(groups = PhoneRequired.class, message = PHONE_MISSING)
    @Pattern(regexp = "|\\+?[0-9 ()./-]{6,30}", message = "Please enter a phone number of digits, such as +351 912 345 678.")
    private String phone = "";

    @Size(max = 1000, message = "Notes can be at most 1000 characters.")
    @PlainText
    private String notes;

    @AssertTrue(groups = TermsToAccept.class, message = "Please accept the terms to book.")
    private boolean termsAccepted;

    public GuestDetails() {
    }

    /** The constraint groups a guest of this organisation is validated with. */
    public static Class<?>[] rulesFor(Organisation organisation) {
        List<Class<?>> groups = new ArrayList<>(List.of(Default.class));
        if (organisation.requiresGuestPhone()) {
            groups.add(PhoneRequired.class);
        }
        if (organisation.hasTerms()) {
            groups.add(TermsToAccept.class);
        }
        return groups.toArray(Class<?>[]::new);
    }

    public GuestDetails(String name, String email, String phone, String notes, boolean termsAccepted) {
        this.name = name;
        this.email = email;
        setPhone(phone);
        this.notes = notes;
        this.termsAccepted = termsAccepted;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    /** An optional phone left empty is "" (a form sends nothing, JSON may leave it out), never null. */
    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }
}
