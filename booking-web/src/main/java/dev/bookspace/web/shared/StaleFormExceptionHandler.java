package dev.bookspace.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * An AJAX request from a page whose view the server no longer holds (its session ended) goes to the
 * servlet container's error page, as a full request would, instead of Faces' partial-response error:
 * PrimeFaces answers that error by sending the browser to the error page's own address, under
 * /WEB-INF, where nothing can be shown. {@link ErrorPageFilter} then answers the AJAX request with the
 * "reload" page. So does an AJAX request that failed because the database was out of reach, which gets the
 * 503 page the same way. Other failures are Faces' business, as before. Registered in faces-config.xml.
 */
public class StaleFormExceptionHandler extends ExceptionHandlerWrapper {

    StaleFormExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                Throwable failure = events.next().getContext().getException();
                if (ErrorPageFilter.needsErrorPage(failure)) {
                    events.remove();
                    throw new FacesException(failure);
                }
            }
        }
        getWrapped().handle();
    }

    /** Wraps the implementation's handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StaleFormExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
