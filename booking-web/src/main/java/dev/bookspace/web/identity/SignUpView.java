package dev.bookspace.web.identity;

import dev.bookspace.identity.SignUpForm;
import dev.bookspace.identity.SignUpService;
import dev.bookspace.organisation.OrganisationIdentifier;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.shared.FormMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The sign-up page: an organisation and its owner. Fields are checked as they are typed against
 * {@link SignUpForm}'s constraints; what only the database knows (a taken identifier) comes back from
 * the service next to its field. An address that has an account reads like a new one: its owner is mailed.
 */
@Named
@ViewScoped
public class SignUpView implements Serializable {

    @EJB
    private SignUpService signUps;

    @Inject
    private PublicUrls publicUrls;

    private final SignUpForm form = new SignUpForm();
    private String signedUpEmail;

    public void signUp() {
        try {
            signedUpEmail = signUps.signUp(form);
        } catch (InvalidRequestException e) {
            FormMessages.show("sign-up", e);
        }
    }

    /** Fills the identifier from the organisation's name, unless the owner has typed one. */
    public void suggestIdentifier() {
        if (form.getIdentifier() == null || form.getIdentifier().isBlank()) {
            form.setIdentifier(OrganisationIdentifier.suggestedFor(form.getOrganisationName()));
        }
    }

    /** Where guests will book, as the owner will share it. */
    public String getPublicAddress() {
        String identifier = form.getIdentifier() == null || form.getIdentifier().isBlank() ? "…" : form.getIdentifier();
        return publicUrls.of("/" + identifier + "/rooms");
    }

    public SignUpForm getForm() {
        return form;
    }

    /** Set once signed up: the address the verification link went to. */
    public String getSignedUpEmail() {
        return signedUpEmail;
    }
}
