package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.availability.ClosedDatesForm;
import dev.bookspace.availability.StayRulesForm;
import dev.bookspace.booking.GuestDetails;
import dev.bookspace.catalog.AddOnForm;
import dev.bookspace.catalog.RoomFactsForm;
import dev.bookspace.catalog.RoomForm;
import dev.bookspace.identity.InvitationForm;
import dev.bookspace.identity.SignUpForm;
import dev.bookspace.organisation.CancellationStep;
import dev.bookspace.organisation.PropertyForm;
import dev.bookspace.organisation.SettingsForm;
import dev.bookspace.pricing.ChargeForm;
import dev.bookspace.pricing.SeasonForm;
import dev.bookspace.pricing.StayDiscountForm;
import dev.bookspace.pricing.WeekdayRateForm;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sentence a form's constraint says is a ValidationMessages template, so a page words it in its reader's
 * language (Faces interpolates it so, RefusalWords from the template a service's refusal keeps); an English sentence
 * written into the annotation would read in English on every page.
 */
class FormSentencesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("ValidationMessages", Locale.ROOT);

    @ParameterizedTest
    @ValueSource(classes = {ClosedDatesForm.class, StayRulesForm.class, GuestDetails.class, AddOnForm.class, RoomFactsForm.class,
            RoomFactsForm.BedCount.class, RoomForm.class, InvitationForm.class, SignUpForm.class, CancellationStep.class,
            PropertyForm.class, SettingsForm.class, ChargeForm.class, SeasonForm.class, StayDiscountForm.class,
            WeekdayRateForm.class})
    void everyConstraintOfAFormSaysATemplateOfValidationMessages(Class<?> form) {
        VALIDATOR.getConstraintsForClass(form).getConstrainedProperties().stream()
                .flatMap(FormSentencesTest::constraints)
                .forEach(constraint -> {
                    String template = constraint.getMessageTemplate();
                    assertThat(template).as("%s: %s", form.getSimpleName(), constraint.getAnnotation())
                            .matches("\\{bookspace\\.[a-z.-]+\\}");
                    assertThat(ENGLISH.containsKey(template.substring(1, template.length() - 1))).as(template).isTrue();
                });
    }

    private static Stream<ConstraintDescriptor<?>> constraints(PropertyDescriptor property) {
        return Stream.concat(property.getConstraintDescriptors().stream(),
                property.getConstrainedContainerElementTypes().stream().map(ContainerElementTypeDescriptor.class::cast)
                        .flatMap(element -> element.getConstraintDescriptors().stream()));
    }
}
