package dev.bookspace.organisation;

import dev.bookspace.shared.OneLine;
import dev.bookspace.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * An organisation's settings as its owner edits them. The identifier follows the sign-up's rules
 * ({@link OrganisationIdentifier}); the currency is an ISO 4217 code. The Stripe keys are write-only: left empty,
 * the stored key stays; the page shows only {@link #getMaskedStripeKey()}.
 */
public class SettingsForm implements Serializable {

    /** Guests cancel by asking the organisation; their booking page offers no cancellation. */
    public static final String NO_ONLINE_CANCELLATION = "none";
    /** Guests cancel on their booking page, refunded by the steps of the policy. */
    public static final String CANCELLATION_POLICY = "policy";
    /** Card guests pay the whole amount when booking. */
    public static final String NO_DEPOSIT = "none";
    /** Card guests pay a percentage of the total when booking, the balance later. */
    public static final String DEPOSIT_PERCENT = "percent";
    /** Card guests pay the first night when booking, the balance later. */
    public static final String DEPOSIT_FIRST_NIGHT = "first-night";

    @NotBlank(message = "{bookspace.signup.organisation.blank}")
    @Size(max = 200, message = "{bookspace.signup.organisation.size}")
    @OneLine
    private String name;

    @NotBlank(message = "{bookspace.signup.identifier.blank}")
    @Pattern(regexp = OrganisationIdentifier.FORMAT_OR_EMPTY, message = OrganisationIdentifier.FORMAT_MESSAGE)
    private String identifier;

    @NotBlank(message = "{bookspace.signup.currency.blank}")
    @Pattern(regexp = "|[A-Z]{3}", message = "{bookspace.signup.currency.invalid}")
    private String currency;

    @NotBlank(message = "{bookspace.signup.time-zone.blank}")
    private String timeZone;

    @Min(value = 1, message = "{bookspace.settings.hold.min}")
    @Max(value = 1440, message = "{bookspace.settings.hold.max}")
    private int holdMinutes;

    @Min(value = 1, message = "{bookspace.settings.retention.min}")
    @Max(value = 120, message = "{bookspace.settings.retention.max}")
    private Integer guestRetentionMonths;

    @Size(max = 5000, message = "{bookspace.settings.terms.size}")
    @PlainText
    private String terms;

    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "{bookspace.property.email.invalid}")
    private String notificationEmail;

    @Pattern(regexp = "|(sk|rk)_(test|live)_[A-Za-z0-9]{8,}", message = "{bookspace.settings.stripe.secret-key}")
    private String stripeSecretKey;

    @Pattern(regexp = "|whsec_[A-Za-z0-9_]{8,}", message = "{bookspace.settings.stripe.webhook-secret}")
    private String stripeWebhookSecret;

    private boolean removeStripe;

    /** {@link #NO_ONLINE_CANCELLATION}, or {@link #CANCELLATION_POLICY} for the steps below (none filled: non-refundable). */
    @Pattern(regexp = NO_ONLINE_CANCELLATION + "|" + CANCELLATION_POLICY, message = "{bookspace.settings.cancellation.missing}")
    private String cancellation = NO_ONLINE_CANCELLATION;

    private List<CancellationStep> cancellationSteps = List.of();

    /** {@link #NO_DEPOSIT}, {@link #DEPOSIT_PERCENT} of the total, or the {@link #DEPOSIT_FIRST_NIGHT}. */
    @Pattern(regexp = NO_DEPOSIT + "|" + DEPOSIT_PERCENT + "|" + DEPOSIT_FIRST_NIGHT, message = "{bookspace.settings.deposit.missing}")
    private String deposit = NO_DEPOSIT;

    @Min(value = 1, message = "{bookspace.settings.deposit.percent}")
    @Max(value = 99, message = "{bookspace.settings.deposit.percent}")
    private Integer depositPercent;

    @NotNull(message = "{bookspace.settings.balance.missing}")
    @Min(value = 0, message = "{bookspace.settings.balance.range}")
    @Max(value = 365, message = "{bookspace.settings.balance.range}")
    private Integer balanceDaysBefore = Organisation.DEFAULT_BALANCE_DAYS_BEFORE;

    private boolean requireTwoFactor;
    private boolean requireGuestPhone;

    private String maskedStripeKey;


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getGuestRetentionMonths() {
        return guestRetentionMonths;
    }

    public void setGuestRetentionMonths(Integer guestRetentionMonths) {
        this.guestRetentionMonths = guestRetentionMonths;
    }

    public int getHoldMinutes() {
        return holdMinutes;
    }

    public void setHoldMinutes(int holdMinutes) {
        this.holdMinutes = holdMinutes;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getNotificationEmail() {
        return notificationEmail;
    }

    public void setNotificationEmail(String notificationEmail) {
        this.notificationEmail = notificationEmail;
    }

    public String getStripeSecretKey() {
        return stripeSecretKey;
    }

    public void setStripeSecretKey(String stripeSecretKey) {
        this.stripeSecretKey = stripeSecretKey;
    }

    public String getStripeWebhookSecret() {
        return stripeWebhookSecret;
    }

    public void setStripeWebhookSecret(String stripeWebhookSecret) {
        this.stripeWebhookSecret = stripeWebhookSecret;
    }

    public boolean isRemoveStripe() {
        return removeStripe;
    }

    public void setRemoveStripe(boolean removeStripe) {
        this.removeStripe = removeStripe;
    }

    public boolean isRequireTwoFactor() {
        return requireTwoFactor;
    }

    public void setRequireTwoFactor(boolean requireTwoFactor) {
        this.requireTwoFactor = requireTwoFactor;
    }

    public boolean isRequireGuestPhone() {
        return requireGuestPhone;
    }

    public void setRequireGuestPhone(boolean requireGuestPhone) {
        this.requireGuestPhone = requireGuestPhone;
    }

    /** The stored secret key, masked ({@code sk_live_…4242}); empty without Stripe. */
    public String getMaskedStripeKey() {
        return maskedStripeKey;
    }

    void setMaskedStripeKey(String maskedStripeKey) {
        this.maskedStripeKey = maskedStripeKey;
    }

    public String getCancellation() {
        return cancellation;
    }

    public void setCancellation(String cancellation) {
        this.cancellation = cancellation;
    }

    /** Always {@link CancellationPolicy#MAX_TIERS} rows, the empty ones last. */
    public List<CancellationStep> getCancellationSteps() {
        return cancellationSteps;
    }

    public void setCancellationSteps(List<CancellationStep> cancellationSteps) {
        this.cancellationSteps = cancellationSteps;
    }

    public String getDeposit() {
        return deposit;
    }

    public void setDeposit(String deposit) {
        this.deposit = deposit;
    }

    public Integer getDepositPercent() {
        return depositPercent;
    }

    public void setDepositPercent(Integer depositPercent) {
        this.depositPercent = depositPercent;
    }

    public Integer getBalanceDaysBefore() {
        return balanceDaysBefore;
    }

    public void setBalanceDaysBefore(Integer balanceDaysBefore) {
        this.balanceDaysBefore = balanceDaysBefore;
    }
}
