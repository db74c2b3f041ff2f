package dev.bookspace.web.identity;

import dev.bookspace.identity.AccountService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.shared.RefusalWords;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The two steps of a forgotten password: {@code /forgot-password.xhtml} asks for the address and
 * mails a link; {@code /reset-password.xhtml?token=…} takes the new password.
 */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    @EJB
    private AccountService accounts;

    private String email;
    private String token;
    private String password;
    private boolean requested;
    private Boolean reset;

    public void request() {
        accounts.requestPasswordReset(email);
        requested = true;
    }

    public void reset() {
        try {
            reset = accounts.resetPassword(token, password);
        } catch (InvalidRequestException e) {
            FacesContext.getCurrentInstance().addMessage("reset:password",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, RefusalWords.of(e,
                            FacesContext.getCurrentInstance().getViewRoot().getLocale()), null));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRequested() {
        return requested;
    }

    /** Null before the form is sent; then whether the link worked. */
    public Boolean getReset() {
        return reset;
    }
}
