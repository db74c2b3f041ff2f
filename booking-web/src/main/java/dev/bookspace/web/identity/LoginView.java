package dev.bookspace.web.identity;

import dev.bookspace.identity.Account;
import dev.bookspace.identity.AccountService;
import dev.bookspace.identity.AccountService.SignIn;
import dev.bookspace.identity.SignInCodes;
import dev.bookspace.identity.User;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;

/**
 * The login page. A right password signs the person in, or, when they have two-factor sign-in on and
 * this browser is not one they had remembered, sends them to the code page with nothing signed in yet.
 * A wrong address, a wrong password and a locked account read the same, so the page never tells whether
 * an address has an account.
 */
@Named
@RequestScoped
public class LoginView {

    @EJB
    private AccountService accounts;

    @EJB
    private SignInCodes codes;

    @Inject
    private SignInSteps steps;

    @Inject
    private SignInGate gate;

    @Inject
    private RememberedDevice devices;

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!steps.admit(faces, request)) {
            return;
        }
        request.changeSessionId(); // a session id seen before signing in is worth nothing after
        SignIn result = gate.check(() -> accounts.signIn(email, password));
        if (result == null) {
            steps.turnAway(faces, request);
            return;
        }
        if (!(result instanceof SignIn.Accepted accepted)) {
            // The same words for an unknown address, a wrong password and a locked account.
            SignInSteps.refuse(faces, "login.refused", User.ATTEMPTS_BEFORE_LOCK, User.LOCK_MINUTES);
            return;
        }
        steps.forgive(request);
        Account account = accepted.account();
        if (account.twoFactor() && !codes.signInOnRememberedDevice(account.userId(), devices.token(request))) {
            PendingSignIn.start(request.getSession(), account, next, Instant.now());
            external.redirect(external.getRequestContextPath() + "/sign-in-code.xhtml");
            return;
        }
        if (!steps.complete(faces, new CheckedSignIn(account.userId(), account.principalName()), next)) {
            SignInSteps.refuse(faces, "login.refused", User.ATTEMPTS_BEFORE_LOCK, User.LOCK_MINUTES);
        }
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
