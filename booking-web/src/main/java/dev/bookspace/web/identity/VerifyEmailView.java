package dev.bookspace.web.identity;

import dev.bookspace.identity.AccountService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.dashboard.CurrentAccount;
import dev.bookspace.web.shared.PageWords;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /verify-email}: with a token from the mail, confirms the address; without one, tells a
 * signed-in but unverified person to check their mail, and lets them ask for a new link.
 */
@Named
@RequestScoped
public class VerifyEmailView {

    @EJB
    private AccountService accounts;

    @Inject
    private PageWords words;

    @Inject
    private CurrentAccount current;

    private String token;
    private Boolean verified;

    public void load() {
        if (token != null) {
            verified = accounts.verifyEmail(token).isPresent();
        }
    }

    public void resend() {
        try {
            accounts.resendVerification(current.account().userId());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    words.format("verify.resent", current.account().email()), null));
        } catch (InvalidRequestException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, words.refusal(e), null));
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Null without a token; otherwise whether the link worked. */
    public Boolean getVerified() {
        return verified;
    }
}
