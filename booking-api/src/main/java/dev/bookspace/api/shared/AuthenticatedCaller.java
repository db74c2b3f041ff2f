package dev.bookspace.api.shared;

import dev.bookspace.integration.ApiCaller;
import jakarta.enterprise.context.RequestScoped;

/** The API key's caller of this request, as {@link ApiKeyFilter} found it. */
@RequestScoped
public class AuthenticatedCaller {

    private ApiCaller caller;

    void set(ApiCaller caller) {
        this.caller = caller;
    }

    /** The caller; the filter has refused every request without one before a resource runs. */
    public ApiCaller get() {
        if (caller == null) {
            throw new IllegalStateException("No API key was checked for this request");
        }
        return caller;
    }
}
