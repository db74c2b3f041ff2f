package dev.bookspace.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page request with an HTTP status a browser, a crawler or a test can rely on. */
public final class Responses {

    private Responses() {
    }

    /** Ends the request with the 404 error page. */
    public static void notFound(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Marks a full-page request as bad input; the page still renders its message. AJAX stays 200. */
    public static void badRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            external.setResponseStatus(400);
        }
    }
}
