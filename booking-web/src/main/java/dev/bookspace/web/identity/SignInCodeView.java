package dev.bookspace.web.identity;

import dev.bookspace.identity.SignInCodes;
import dev.bookspace.identity.SignInCodes.Check;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /sign-in-code.xhtml}, the second step of signing in: a code from the person's authenticator
 * app or a recovery code, for the password checked a moment ago in this session. Each code is counted
 * like a password, towards the account's lock and the network's throttle, before it is checked.
 */
@Named
@RequestScoped
public class SignInCodeView {

    // Keys of the pages' bundle
    static final String EXPIRED = "code.expired";
    static final String WRONG = "code.wrong";
    static final String LOCKED = "code.locked";
    static final String REPLAYED = "code.replayed";

    @EJB
    private SignInCodes codes;

    @Inject
    private SignInSteps steps;

    @Inject
    private RememberedDevice devices;

    private String code;
    private boolean remember;

    /** Whether a sign-in in this session waits for its code. */
    public boolean isPending() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return PendingSignIn.find(request.getSession(false), Instant.now()).isPresent();
    }

    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<PendingSignIn> pending = PendingSignIn.find(request.getSession(false), Instant.now());
        if (pending.isEmpty()) {
            SignInSteps.refuse(faces, EXPIRED);
            return;
        }
        if (!steps.admit(faces, request)) {
            return;
        }
        Check check = codes.check(pending.get().userId(), code);
        if (check instanceof Check.Accepted) {
            signIn(faces, request, pending.get());
        } else if (check instanceof Check.Replayed) {
            SignInSteps.refuse(faces, REPLAYED);
        } else if (check instanceof Check.Locked) {
            PendingSignIn.end(request.getSession(false));
            SignInSteps.refuse(faces, LOCKED);
        } else {
            SignInSteps.refuse(faces, WRONG);
        }
    }

    private void signIn(FacesContext faces, HttpServletRequest request, PendingSignIn pending) throws IOException {
        steps.forgive(request);
        PendingSignIn.end(request.getSession(false));
        if (remember) {
            devices.remember(request, (HttpServletResponse) faces.getExternalContext().getResponse(),
                    codes.rememberDevice(pending.userId()));
        }
        request.changeSessionId();
        if (!steps.complete(faces, new CheckedSignIn(pending.userId(), pending.principalName()), pending.next())) {
            SignInSteps.refuse(faces, EXPIRED);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isRemember() {
        return remember;
    }

    public void setRemember(boolean remember) {
        this.remember = remember;
    }
}
