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

    @NotBlank(message = "Please enter your organisation's name.")
    @Size(max = 200, message = "The name can be at most 200 characters.")
    @OneLine
    private String organisationName;

    @NotBlank(message = "Please choose the identifier of your public address.")
    @Pattern(regexp = OrganisationIdentifier.FORMAT_OR_EMPTY, message = OrganisationIdentifier.FORMAT_MESSAGE)
    private String identifier;

    @NotBlank(message = "Please choose a currency.")
    @Pattern(regexp = "|[A-Z]{3}", message = "Use a three-letter ISO currency code, such as EUR.")
    private String currency = "EUR";

    @NotBlank(message = "Please choose a time zone.")
    private String timeZone = "Europe/Lisbon";

    @NotBlank(message = "Please enter your name.")
    @Size(max = 120, message = "Your name can be at most 120 characters.")
    @OneLine
    private String ownerName;

    @NotBlank(message = "Please enter your e-mail address.")
    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "Please enter an e-mail address such as ada@example.org.")
    @Size(max = 254, message = "An e-mail address can be at most 254 characters.")
    private String email;

    @NotBlank(message = "Please choose a password.")
    @Size(min = 12, max = 200, message = "Use a password of at least 12 characters.")
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
