package dev.bookspace.organisation;

import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The organisation's settings, for its owners only: others find nothing here. */
@Stateless
@TenantScoped
public class SettingsService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Validator validator;

    public SettingsForm getSettings(Scope scope) {
        Organisation organisation = owned(scope);
        SettingsForm form = new SettingsForm();
        form.setName(organisation.getName());
        form.setTimeZone(organisation.zone().getId());
        form.setHoldMinutes(organisation.getHoldMinutes());
        form.setTerms(organisation.getTerms());
        form.setNotificationEmail(organisation.getNotificationEmail());
        form.setMaskedStripeKey(organisation.maskedStripeKey());
        return form;
    }

    public void saveSettings(Scope scope, SettingsForm form) {
        Organisation organisation = owned(scope);
        Constraints.requireValid(validator, form);
        ZoneId zone;
        try {
            zone = ZoneId.of(form.getTimeZone().strip());
        } catch (DateTimeException e) {
            throw new InvalidRequestException("timeZone", form.getTimeZone() + " is not a time zone; use one such as Europe/Lisbon.");
        }
        organisation.configure(form.getName().strip(), zone, form.getHoldMinutes(),
                form.getTerms() == null ? "" : form.getTerms().strip(),
                form.getNotificationEmail() == null ? null : form.getNotificationEmail().strip());
        if (form.isRemoveStripe()) {
            organisation.removeStripe();
            return;
        }
        organisation.configureStripe(blankToNull(form.getStripeSecretKey()), blankToNull(form.getStripeWebhookSecret()));
        if ((organisation.stripeSecretKey() == null) != (organisation.stripeWebhookSecret() == null)) {
            throw new InvalidRequestException("stripeWebhookSecret",
                    "Card payments need both the secret key and the webhook signing secret.");
        }
    }

    private Organisation owned(Scope scope) {
        if (!scope.has(Role.OWNER)) {
            throw new NotFoundException("There are no settings to see here.");
        }
        return entityManager.find(Organisation.class, scope.organisationId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
