package dev.bookspace.web.identity;

import dev.bookspace.identity.Account;
import dev.bookspace.identity.AccountService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.shared.FormMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /accept-invitation.xhtml?token=…}: someone an owner invited chooses their password. A used,
 * expired or unknown link says so at once, before anything is typed.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    @EJB
    private AccountService accounts;

    private String token;
    private Account invitee;
    private String password;
    private Boolean accepted;
    private boolean signsInElsewhere;

    public void load() {
        invitee = accounts.findInvitation(token).orElse(null);
        if (invitee == null) {
            accepted = false;
        } else {
            signsInElsewhere = accounts.signsInElsewhere(invitee);
        }
    }

    public void accept() {
        try {
            accepted = accounts.acceptInvitation(token, password);
        } catch (InvalidRequestException e) {
            FormMessages.show("accept", e);
        }
    }

    /** The address already signs in to another organisation, so this invitation cannot be accepted. */
    public boolean isSignsInElsewhere() {
        return signsInElsewhere;
    }

    public String getSignsInElsewhereText() {
        return AccountService.SIGNS_IN_ELSEWHERE;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Whom the link invites, while it works. */
    public Account getInvitee() {
        return invitee;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Null until the password is set; false for a link that no longer works. */
    public Boolean getAccepted() {
        return accepted;
    }
}
