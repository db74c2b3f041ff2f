package dev.bookspace.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dev.bookspace.identity.AccountService;
import dev.bookspace.identity.AccountService.SignIn;
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
import java.time.OffsetDateTime;

/**
 * The login page. It hands the credentials to Jakarta Security, which returns the person to the
 * dashboard page they asked for. A wrong address and a wrong password read the same; a locked
 * account says until when.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext security;

    @EJB
    private AccountService accounts;

    @EJB
    private SignInThrottle throttle;

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignInThrottle.Verdict verdict = throttle.judge(request.getRemoteAddr());
        if (verdict.refusedUntil() != null) {
            long minutes = Math.max(1, Duration.between(Instant.now(), verdict.refusedUntil()).toMinutes() + 1);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Too many failed sign-ins from your "
                    + "network: please try again in " + minutes + " minutes.", null));
            return;
        }
        holdBack(verdict.holdBack());
        request.changeSessionId(); // a session id seen before signing in is worth nothing after
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + destination());
            default -> {
                throttle.countFailure(request.getRemoteAddr());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(), null));
            }
        }
    }

    /** Slows a guesser down here, in the web tier, where waiting holds no transaction or connection. */
    private static void holdBack(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The dashboard page asked for before signing in; only a dashboard path, so the link cannot send anyone elsewhere. */
    private String destination() {
        return next != null && next.startsWith("/dashboard/") && !next.contains("//") ? next : "/dashboard/";
    }

    /** Asked again, now that the store has counted this attempt. */
    private String refusal() {
        if (accounts.lockedUntil(email) instanceof SignIn.Locked locked) {
            long minutes = Math.max(1, Duration.between(OffsetDateTime.now(), locked.until()).toMinutes() + 1);
            return "Too many wrong passwords: this account is locked for " + minutes + " more minutes.";
        }
        return "That e-mail address and password do not match an account.";
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
