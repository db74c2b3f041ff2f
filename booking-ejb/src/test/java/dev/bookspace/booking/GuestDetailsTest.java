package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one definition of a valid guest, which the page checks as the guest types and the service on submit. */
class GuestDetailsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    /** The rules of an organisation that requires a phone number and has terms. */
    private static final Class<?>[] STRICT = {Default.class, GuestDetails.PhoneRequired.class, GuestDetails.TermsToAccept.class};

    @Test
    void acceptsACompleteGuest() {
        assertThat(VALIDATOR.validate(new GuestDetails("Ada Guest", "ada@example.org", "+351 912 345 678", "", true))).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "name  | ''                   | Please enter your name.",
        "name  | 'Ann\n=2+5\nx'        | Please write your name on one line, without tabs or line breaks.",
        "name  | 'Ann\tTab'            | Please write your name on one line, without tabs or line breaks.",
        "email | ''                   | Please enter your e-mail address.",
        "email | ada@example          | Please enter an e-mail address such as ada@example.org.",
        "email | ada at example.org   | Please enter an e-mail address such as ada@example.org.",
        "phone | ''                   | Please enter a phone number, in case we need to reach you.",
        "phone | call me              | Please enter a phone number of digits, such as +351 912 345 678.",
        "phone | 123                  | Please enter a phone number of digits, such as +351 912 345 678.",
    })
    void refusesAFieldWithOneSentence(String field, String value, String message) {
        GuestDetails guest = new GuestDetails("Ada Guest", "ada@example.org", "+351 912 345 678", "", true);
        switch (field) {
            case "name" -> guest.setName(value.translateEscapes());
            case "email" -> guest.setEmail(value);
            case "phone" -> guest.setPhone(value);
            default -> throw new IllegalArgumentException(field);
        }

        List<String> messages = VALIDATOR.validate(guest, STRICT).stream().map(ConstraintViolation::getMessage).toList();

        assertThat(messages).containsExactly(message);
    }

    @Test
    void aPhoneLeftOutIsEmptyNotNullSoAnOptionalPhoneBooks() {
        GuestDetails guest = new GuestDetails("Ada Guest", "ada@example.org", null, "", true);
        GuestDetails fromAForm = new GuestDetails();
        fromAForm.setPhone(null);

        assertThat(guest.getPhone()).isEmpty();
        assertThat(fromAForm.getPhone()).isEmpty();
        assertThat(VALIDATOR.validate(guest)).isEmpty();
    }

    @Test
    void thePhoneAndTheTermsAreAskedForOnlyByTheirGroups() {
        GuestDetails guest = new GuestDetails("Ada Guest", "ada@example.org", "", "", false);

        assertThat(VALIDATOR.validate(guest)).as("an organisation without terms that leaves the phone optional").isEmpty();
        assertThat(VALIDATOR.validate(guest, STRICT).stream().map(ConstraintViolation::getMessage))
                .containsExactlyInAnyOrder("Please enter a phone number, in case we need to reach you.",
                        "Please accept the terms to book.");
    }
}
