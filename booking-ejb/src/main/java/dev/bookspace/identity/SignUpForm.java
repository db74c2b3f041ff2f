package dev.bookspace.identity;

import dev.bookspace.shared.OneLine;
import dev.bookspace.organisation.OrganisationIdentifier;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new organisation and its owner, with the one definition of what is valid: the sign-up page checks
 * each field as it is typed, and {@link SignUpService} checks again, with what only the database knows.
 */
public class SignUpForm implements Serializable {

    @NotBlank(message = "{bookspace.signup.organisation.blank}")
    @Size(max = 200, message = "{bookspace.signup.organisation.size}")
    @OneLine
    private String organisationName;

    @NotBlank(message = "{bookspace.signup.identifier.blank}")
    @Pattern(regexp = OrganisationIdentifier.FORMAT_OR_EMPTY, message = OrganisationIdentifier.FORMAT_MESSAGE)
    private String identifier;

    @NotBlank(message = "{bookspace.signup.currency.blank}")
    @Pattern(regexp = "|[A-Z]{3}", message = "{bookspace.signup.currency.invalid}")
    private String currency = "EUR";

    @NotBlank(message = "{bookspace.signup.time-zone.blank}")
    private String timeZone = "Europe/Lisbon";

    @NotBlank(message = "{bookspace.name.blank}")
    @Size(max = 120, message = "{bookspace.name.size}")
    @OneLine
    private String ownerName;

    @NotBlank(message = "{bookspace.email.blank}")
    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "{bookspace.email.invalid}")
    @Size(max = 254, message = "{bookspace.email.size}")
    private String email;

    @NotBlank(message = "{bookspace.signup.password.blank}")
    @Size(min = 12, max = 200, message = "{bookspace.signup.password.size}")
    private String password;

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
