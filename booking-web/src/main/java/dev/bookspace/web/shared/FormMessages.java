package dev.bookspace.web.shared;

import dev.bookspace.shared.InvalidRequestException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Puts a service's refusal next to the fields it names, on forms whose inputs carry the same ids. */
public final class FormMessages {

    private FormMessages() {
    }

    /**
     * Each problem next to its field, in the page's language where the service worded it by a key. A field's problems
     * (each widget site refused) make one message, since a field shows its first.
     */
    public static void show(String formId, InvalidRequestException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        Map<String, String> byField = new LinkedHashMap<>();
        refusal.problems().forEach(problem -> byField.merge(problem.field(), RefusalWords.of(problem, locale),
                (first, next) -> first + " " + next));
        byField.forEach((field, text) -> faces.addMessage(formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        faces.validationFailed();
    }

    /** A message for the whole page, such as a success or a refusal that names no field. */
    public static void global(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
