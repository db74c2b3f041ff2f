package dev.bookspace.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dev.bookspace.identity.SignInThrottle;
import dev.bookspace.web.shared.PageWords;
import jakarta.ejb.EJB;
import dev.bookspace.web.shared.PageWords;
import jakarta.enterprise.context.ApplicationScoped;
import dev.bookspace.web.shared.PageWords;
import jakarta.faces.application.FacesMessage;
import dev.bookspace.web.shared.PageWords;
import jakarta.faces.context.ExternalContext;
import dev.bookspace.web.shared.PageWords;
import jakarta.faces.context.FacesContext;
import dev.bookspace.web.shared.PageWords;
import jakarta.inject.Inject;
import dev.bookspace.web.shared.PageWords;
import jakarta.security.enterprise.AuthenticationStatus;
import dev.bookspace.web.shared.PageWords;
import jakarta.security.enterprise.SecurityContext;
import dev.bookspace.web.shared.PageWords;
import jakarta.servlet.http.HttpServletRequest;
import dev.bookspace.web.shared.PageWords;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * What both steps of signing in share: each attempt, a password or a code, is admitted by the
 * per-network throttle and the sign-in gate before it is checked, and a sign-in ends the same way,
 * with Jakarta Security told of the caller and the person sent to the dashboard page they asked for.
 */
@ApplicationScoped
public class SignInSteps {

    static final String BUSY = "signin.busy";

    @Inject
    private SecurityContext security;

    @EJB
    private SignInThrottle throttle;

    @Inject
    private SignInGate gate;

    /**
     * Counts the attempt for its network before anything is checked, so attempts sent together each
     * count, and holds it back as the throttle says; false, with the sentence on the page, when refused.
     */
    boolean admit(FacesContext faces, HttpServletRequest request) {
        SignInThrottle.Verdict verdict = throttle.admit(request.getRemoteAddr());
        if (verdict.refusedUntil() != null) {
            long minutes = Math.max(1, Duration.between(Instant.now(), verdict.refusedUntil()).toMinutes() + 1);
            refuse(faces, "signin.throttled", minutes);
            return false;
        }
        if (!gate.holdBack(verdict.holdBack())) {
            turnAway(faces, request);
            return false;
        }
        return true;
    }

    /** Too many sign-ins at once: this one is not tried, so it is no failure either. */
    void turnAway(FacesContext faces, HttpServletRequest request) {
        throttle.forgive(request.getRemoteAddr());
        refuse(faces, BUSY);
    }

    /** The attempt was right: it was no failure of its network. */
    void forgive(HttpServletRequest request) {
        throttle.forgive(request.getRemoteAddr());
    }

    /**
     * Signs the checked person in, under the principal their password was checked with, and sends them
     * on; false when the account changed in between (a new password or role), which signs nobody in.
     */
    boolean complete(FacesContext faces, CheckedSignIn checked, String next) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(checked));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + destination(next));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The refusal's sentence, by its key in the pages' bundle, in the page's language. */
    static void refuse(FacesContext faces, String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageWords.of(faces, key, arguments), null));
    }

    /** The dashboard page asked for before signing in; only a dashboard path, so the link cannot send anyone elsewhere. */
    static String destination(String next) {
        return next != null && next.startsWith("/dashboard/") && !next.contains("//") ? next : "/dashboard/";
    }
}
