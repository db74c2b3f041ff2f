package dev.bookspace.organisation;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.UniqueViolation;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The organisation's settings, for its owners only: others find nothing here. */
@Stateless
@TenantScoped
public class SettingsService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Validator validator;

    @EJB
    private AuditTrail audit;

    public SettingsForm getSettings(Scope scope) {
        Organisation organisation = owned(scope);
        SettingsForm form = new SettingsForm();
        form.setName(organisation.getName());
        form.setIdentifier(organisation.getIdentifier());
        form.setCurrency(organisation.currency().getCurrencyCode());
        form.setTimeZone(organisation.zone().getId());
        form.setHoldMinutes(organisation.getHoldMinutes());
        form.setGuestRetentionMonths(organisation.getGuestRetentionMonths());
        form.setRequireTwoFactor(organisation.requiresTwoFactor());
        form.setRequireGuestPhone(organisation.requiresGuestPhone());
        form.setTerms(organisation.getTerms());
        form.setNotificationEmail(organisation.getNotificationEmail());
        form.setMaskedStripeKey(organisation.maskedStripeKey());
        form.setCancellation(organisation.cancellationPolicy().isPresent()
                ? SettingsForm.CANCELLATION_POLICY : SettingsForm.NO_ONLINE_CANCELLATION);
        List<CancellationStep> steps = new ArrayList<>(organisation.cancellationPolicy()
                .map(policy -> policy.tiers().stream().map(CancellationStep::new).toList()).orElse(List.of()));
        while (steps.size() < CancellationPolicy.MAX_TIERS) {
            steps.add(new CancellationStep());
        }
        form.setCancellationSteps(steps);
        organisation.depositRule().ifPresent(rule -> {
            form.setDeposit(rule.percent() == null ? SettingsForm.DEPOSIT_FIRST_NIGHT : SettingsForm.DEPOSIT_PERCENT);
            form.setDepositPercent(rule.percent());
        });
        form.setBalanceDaysBefore(organisation.balanceDaysBefore());
        return form;
    }

    public PropertyForm getProperty(Scope scope) {
        return PropertyForm.of(owned(scope).propertyDetails());
    }

    /** The logo its owner uploaded, or null. */
    public Logo getLogo(Scope scope) {
        return owned(scope).propertyDetails().logo();
    }

    /** The property's address, contact, hours and colour, as guests will see them. */
    public void saveProperty(Scope scope, PropertyForm form) {
        Organisation organisation = owned(scope);
        Constraints.requireValid(validator, form);
        AuditFields before = propertyFields(organisation.propertyDetails());
        organisation.describe(form.details());
        audit.record(scope, "settings.property_updated", AuditSubject.of("settings", organisation.getId(), organisation.getName()),
                before, propertyFields(organisation.propertyDetails()));
    }

    /** The language its public pages speak when a guest's browser asks for none that Bookspace speaks. */
    public void changeDefaultLanguage(Scope scope, Language language) {
        Organisation organisation = owned(scope);
        Language before = organisation.defaultLanguage();
        organisation.speakByDefault(language);
        audit.record(scope, "settings.default_language_changed",
                AuditSubject.of("settings", organisation.getId(), organisation.getName()),
                AuditFields.of().put("default_language", before.code()),
                AuditFields.of().put("default_language", language.code()));
    }

    public Language getDefaultLanguage(Scope scope) {
        return owned(scope).defaultLanguage();
    }

    private static AuditFields propertyFields(PropertyDetails details) {
        return AuditFields.of()
                .put("address", details.address())
                .put("contact_phone", details.phone())
                .put("contact_email", details.email())
                .put("check_in_from", details.checkInFrom())
                .put("check_out_until", details.checkOutUntil())
                .put("brand_colour", details.brandColour());
    }

    public void saveSettings(Scope scope, SettingsForm form) {
        Organisation organisation = owned(scope);
        Constraints.requireValid(validator, form);
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationIdentifier.refusal(entityManager, form.getIdentifier(), organisation.getId()).ifPresent(problems::add);
        Currencies.refusal(form.getCurrency())
                .or(() -> Currencies.changeRefusal(organisation.currency(), Currency.getInstance(form.getCurrency())))
                .ifPresent(problems::add);
        ZoneId zone = null;
        try {
            zone = ZoneId.of(form.getTimeZone().strip());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", form.getTimeZone() + " is not a time zone; use one such as Europe/Lisbon.")
                    .worded("settings.timeZone", form.getTimeZone()));
        }
        CancellationPolicy policy = cancellationPolicy(form, problems);
        DepositRule deposit = null;
        if (SettingsForm.DEPOSIT_FIRST_NIGHT.equals(form.getDeposit())) {
            deposit = DepositRule.FIRST_NIGHT;
        } else if (SettingsForm.DEPOSIT_PERCENT.equals(form.getDeposit())) {
            if (form.getDepositPercent() == null) {
                problems.add(new FieldProblem("depositPercent", "Enter the deposit in % of the total, 1 to 99.")
                        .worded("settings.depositPercent"));
            } else {
                deposit = DepositRule.percentOfTotal(form.getDepositPercent());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        AuditFields before = auditFields(organisation);
        organisation.changeCancellationPolicy(policy);
        organisation.changeDeposits(deposit, form.getBalanceDaysBefore());
        organisation.changeIdentifier(form.getIdentifier());
        organisation.changeCurrency(Currency.getInstance(form.getCurrency()));
        organisation.configure(form.getName().strip(), zone, form.getHoldMinutes(),
                form.getTerms() == null ? "" : form.getTerms().strip(),
                form.getNotificationEmail() == null ? null : form.getNotificationEmail().strip());
        organisation.keepGuestsFor(form.getGuestRetentionMonths());
        organisation.requireTwoFactor(form.isRequireTwoFactor());
        organisation.requireGuestPhone(form.isRequireGuestPhone());
        if (form.isRemoveStripe()) {
            organisation.removeStripe();
        } else {
            organisation.configureStripe(blankToNull(form.getStripeSecretKey()), blankToNull(form.getStripeWebhookSecret()));
            if ((organisation.stripeSecretKey() == null) != (organisation.stripeWebhookSecret() == null)) {
                throw new InvalidRequestException("stripeWebhookSecret",
                        "Card payments need both the secret key and the webhook signing secret.").worded("settings.stripeBoth");
            }
        }
        flushIdentifier(form.getIdentifier());
        audit.record(scope, "settings.updated", AuditSubject.of("settings", organisation.getId(), organisation.getName()),
                before, auditFields(organisation));
    }

    /**
     * The policy the form's steps make, or null for no online cancellation; each row's fault is put beside the row
     * (ids as the page's rows have them: {@code cancellationSteps:0:daysBefore}), one across rows beside the choice.
     */
    private CancellationPolicy cancellationPolicy(SettingsForm form, List<FieldProblem> problems) {
        if (!SettingsForm.CANCELLATION_POLICY.equals(form.getCancellation())) {
            return null;
        }
        List<CancellationPolicy.Tier> tiers = new ArrayList<>();
        List<CancellationStep> steps = form.getCancellationSteps() == null ? List.of() : form.getCancellationSteps();
        for (int row = 0; row < steps.size(); row++) {
            CancellationStep step = steps.get(row);
            String field = "cancellationSteps:" + row + ":";
            int before = problems.size();
            Constraints.problems(validator, step, field).forEach(problems::add);
            if (step.isEmpty() || problems.size() > before) {
                continue;
            }
            if (step.getDaysBefore() == null) {
                problems.add(new FieldProblem(field + "daysBefore", "Enter how many days before check-in this step starts.")
                        .worded("settings.tierDays"));
            } else if (step.getRefundPercent() == null) {
                problems.add(new FieldProblem(field + "refundPercent", "Enter the refund in %, 0 for none.")
                        .worded("settings.tierRefund"));
            } else {
                tiers.add(new CancellationPolicy.Tier(step.getDaysBefore(), step.getRefundPercent()));
            }
        }
        Optional<FieldProblem> refusal = CancellationPolicy.refusal(tiers);
        refusal.ifPresent(problems::add);
        return refusal.isPresent() ? null : new CancellationPolicy(tiers);
    }

    /** The settings as the audit log compares them; Stripe's secrets only as changed, never their values. */
    private static AuditFields auditFields(Organisation organisation) {
        return AuditFields.of()
                .put("name", organisation.getName())
                .put("identifier", organisation.getIdentifier())
                .put("currency", organisation.currency().getCurrencyCode())
                .put("time_zone", organisation.zone().getId())
                .put("hold_minutes", organisation.getHoldMinutes())
                .put("guest_retention_months", organisation.getGuestRetentionMonths())
                .put("terms", organisation.getTerms())
                .put("guest_phone_required", organisation.requiresGuestPhone())
                .put("notification_email", organisation.getNotificationEmail())
                .put("cancellation_policy", organisation.cancellationPolicy()
                        .map(policy -> String.join(" ", policy.sentences())).orElse("none: guests ask to cancel"))
                .put("deposit", organisation.depositRule().map(DepositRule::sentence).orElse("none: the whole amount at booking"))
                .put("balance_days_before", organisation.balanceDaysBefore())
                .hidden("stripe_secret_key", organisation.stripeSecretKey())
                .hidden("stripe_webhook_secret", organisation.stripeWebhookSecret());
    }

    /** Flushes now, so that losing a race for the identifier reads as a taken identifier, not as a failed commit. */
    private void flushIdentifier(String identifier) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new InvalidRequestException(List.of(OrganisationIdentifier.takenProblem(identifier)));
            }
            throw e;
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
