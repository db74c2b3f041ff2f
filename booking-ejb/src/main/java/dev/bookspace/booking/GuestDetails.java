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

    /**
     * Said when an organisation that requires a phone number gets none: a key of {@code ValidationMessages}, whose
     * files word every sentence here in each language (a page shows them in its own, the API in English).
     */
    public static final String PHONE_MISSING = "bookspace.guest.phone.missing";

    /** The group of constraints that apply where the organisation requires a phone number. */
    public interface PhoneRequired {
    }

    /** The group of constraints that apply where the organisation has terms to accept. */
    public interface TermsToAccept {
    }

    @NotBlank(message = "{bookspace.name.blank}")
    @Size(max = 120, message = "{bookspace.name.size}")
    @OneLine(message = "{bookspace.name.one-line}")
    private String name;

    @NotBlank(message = "{bookspace.email.blank}")
    // Empty matches here so that an empty field gets only the @NotBlank sentence.
    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "{bookspace.email.invalid}")
    @Size(max = 254, message = "{bookspace.email.size}")
    private String email;

    @NotBlank(groups = PhoneRequired.class, message = "{" + PHONE_MISSING + "}")
    @Pattern(regexp = "|\\+?[0-9 ()./-]{6,30}", message = "{bookspace.guest.phone.invalid}")
    private String phone = "";

    @Size(max = 1000, message = "{bookspace.guest.notes.size}")
    @PlainText(message = "{bookspace.guest.notes.plain}")
    private String notes;

    @AssertTrue(groups = TermsToAccept.class, message = "{bookspace.guest.terms}")
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
