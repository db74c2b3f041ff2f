package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.availability.ClosedDatesForm;
import dev.bookspace.booking.GuestDetails;
import dev.bookspace.catalog.AddOnForm;
import dev.bookspace.catalog.RoomForm;
import dev.bookspace.identity.InvitationForm;
import dev.bookspace.identity.SignUpForm;
import dev.bookspace.organisation.SettingsForm;
import dev.bookspace.pricing.ChargeForm;
import dev.bookspace.pricing.SeasonForm;
import dev.bookspace.pricing.WeekdayRateForm;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text field of every form refuses control characters (PostgreSQL refuses a NUL in text, and the
 * others forge lines or hide), names and titles refuse line breaks too, and ordinary text passes.
 */
class TextRulesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static Stream<Arguments> oneLineFields() {
        return Stream.of(Arguments.of(RoomForm.class, "title"), Arguments.of(AddOnForm.class, "name"),
                Arguments.of(InvitationForm.class, "name"), Arguments.of(SignUpForm.class, "organisationName"),
                Arguments.of(SignUpForm.class, "ownerName"), Arguments.of(SettingsForm.class, "name"),
                Arguments.of(GuestDetails.class, "name"), Arguments.of(SeasonForm.class, "name"),
                Arguments.of(WeekdayRateForm.class, "name"), Arguments.of(ChargeForm.class, "name"),
                Arguments.of(ClosedDatesForm.class, "reason"));
    }

    static Stream<Arguments> plainTextFields() {
        return Stream.of(Arguments.of(RoomForm.class, "description"), Arguments.of(SettingsForm.class, "terms"),
                Arguments.of(GuestDetails.class, "notes"));
    }

    static Stream<Arguments> emailFields() {
        return Stream.of(Arguments.of(GuestDetails.class, "email"), Arguments.of(InvitationForm.class, "email"),
                Arguments.of(SignUpForm.class, "email"), Arguments.of(SettingsForm.class, "notificationEmail"));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("oneLineFields")
    void aNameOrTitleIsOneLineWithoutControlCharacters(Class<?> form, String field) {
        for (String hostile : List.of("Sea\u0000Room", "Sea\nRoom", "Sea\tRoom", "Sea\u2028Room", "\u001b[31mSea")) {
            assertThat(VALIDATOR.validateValue(form, field, hostile)).as(hostile).isNotEmpty();
        }
        assertThat(VALIDATOR.validateValue(form, field, "Zoë's Loft – Sea view (№ 7)")).isEmpty();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("plainTextFields")
    void longerTextKeepsItsLinesButNoOtherControlCharacters(Class<?> form, String field) {
        for (String hostile : List.of("Late\u0000arrival", "Late \u001b[2J arrival", "Bell\u0007")) {
            assertThat(VALIDATOR.validateValue(form, field, hostile)).as(hostile).isNotEmpty();
        }
        assertThat(VALIDATOR.validateValue(form, field, "Arriving late.\r\nPlease leave the key:\tunder the mat.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("emailFields")
    void anAddressHoldsNoControlCharacters(Class<?> form, String field) {
        assertThat(VALIDATOR.validateValue(form, field, "ada\u0000@example.org")).isNotEmpty();
        assertThat(VALIDATOR.validateValue(form, field, "ada@exa\u0007mple.org")).isNotEmpty();
        assertThat(VALIDATOR.validateValue(form, field, "ada.lovelace+stay@example.org")).isEmpty();
    }
}
