package dev.bookspace.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.primefaces.component.spinner.Spinner;

/**
 * A spinner's value must lie within the spinner's own {@code min} and {@code max}, read when the value
 * is validated: one definition of the bounds, right for each row of a repeated list, where a range
 * validator's attributes would be read once, before any row exists. The sentence is the field's
 * {@code validatorMessage}.
 */
@FacesValidator("bookspace.withinSpinnerBounds")
public class WithinSpinnerBounds implements Validator<Number> {

    @Override
    public void validate(FacesContext context, UIComponent component, Number value) {
        Spinner spinner = (Spinner) component;
        if (value != null && (value.doubleValue() < spinner.getMin() || value.doubleValue() > spinner.getMax())) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose a number from " + (long) spinner.getMin() + " to " + (long) spinner.getMax() + ".", null));
        }
    }
}
