package dev.bookspace.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.spinner.Spinner;
import org.primefaces.component.spinner.SpinnerRenderer;

/**
 * PrimeFaces' spinner, made to refuse what it would quietly drop. Its own renderer ignores a submitted
 * number outside its bounds or not a number at all, so the page keeps the old value and says nothing:
 * a forged {@code guests=-1} or {@code 999999} booked one guest without a word. Here such a value is
 * handed on as submitted, for the field's converter and range validator to refuse with its sentence.
 */
public class StrictSpinnerRenderer extends SpinnerRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        Spinner spinner = (Spinner) component;
        String submitted = context.getExternalContext().getRequestParameterMap().get(spinner.getClientId(context) + "_input");
        if (spinner.getSubmittedValue() == null && submitted != null && !spinner.isDisabled() && !spinner.isReadonly()) {
            spinner.setSubmittedValue(submitted);
        }
    }
}
