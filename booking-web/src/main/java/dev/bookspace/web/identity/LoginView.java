package dev.bookspace.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dev.bookspace.identity.AccountService;
import dev.bookspace.identity.SignInThrottle;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The login page. It hands the credentials to Jakarta Security, which returns the person to the
 * dashboard page they asked for. A wrong address, a wrong password and a locked account read the
 * same, so the page never tells whether an address has an account.
 */
@Named
@RequestScoped
public class LoginView {

    private static final String BUSY = "Many people are signing in right now: please try again in a moment.";

    @Inject
    private SecurityContext security;

    @EJB
    private SignInThrottle throttle;

    @Inject
    private SignInGate gate;

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Counted before anything is checked, so attempts sent together each count.
        SignInThrottle.Verdict verdict = throttle.admit(request.getRemoteAddr());
        if (verdict.refusedUntil() != null) {
            long minutes = Math.max(1, Duration.between(Instant.now(), verdict.refusedUntil()).toMinutes() + 1);
            refuse(faces, "Too many failed sign-ins from your network: please try again in " + minutes + " minutes.");
            return;
        }
        if (!gate.holdBack(verdict.holdBack())) {
            turnAway(faces, request);
            return;
        }
        request.changeSessionId(); // a session id seen before signing in is worth nothing after
        AuthenticationStatus status = gate.check(() -> security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(email, new Password(password)))));
        if (status == null) {
            turnAway(faces, request);
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> {
                throttle.forgive(request.getRemoteAddr());
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.forgive(request.getRemoteAddr());
                external.redirect(external.getRequestContextPath() + destination());
            }
            // The same words for an unknown address, a wrong password and a locked account.
            default -> refuse(faces, AccountService.SIGN_IN_REFUSED);
        }
    }

    /** Too many sign-ins at once: this one is not tried, so it is no failure either. */
    private void turnAway(FacesContext faces, HttpServletRequest request) {
        throttle.forgive(request.getRemoteAddr());
        refuse(faces, BUSY);
    }

    private static void refuse(FacesContext faces, String sentence) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, null));
    }

    /** The dashboard page asked for before signing in; only a dashboard path, so the link cannot send anyone elsewhere. */
    private String destination() {
        return next != null && next.startsWith("/dashboard/") && !next.contains("//") ? next : "/dashboard/";
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
