package dev.bookspace.web.shared;

import dev.bookspace.shared.InvalidRequestException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts a service's refusal next to the fields it names, on forms whose inputs carry the same ids. */
public final class FormMessages {

    private FormMessages() {
    }

    /** Each problem next to its field, in the page's language where the service worded it by a key. */
    public static void show(String formId, InvalidRequestException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        refusal.problems().forEach(problem -> faces.addMessage(formId + ":" + problem.field(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, RefusalWords.of(problem, faces.getViewRoot().getLocale()), null)));
        faces.validationFailed();
    }

    /** A message for the whole page, such as a success or a refusal that names no field. */
    public static void global(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
