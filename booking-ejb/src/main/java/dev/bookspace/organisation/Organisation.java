package dev.bookspace.organisation;

import dev.bookspace.availability.StayRules;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.SealedSecretConverter;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.shared.Weekdays;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant: a property manager or venue operator with its own rooms, bookings and staff. It is the
 * one entity that is not filtered by tenant, because it is the tenant.
 */
@Entity
@Table(name = "organisations")
// Read from the database by every request, never from a cache: on a cluster another node may have
// renamed it or changed its settings a moment ago, and every node must answer with that at once. What is
// read from other tables with it may be kept, under the row's settings_version (SettingsCache).
@NamedQuery(name = "Organisation.findByIdentifier",
        query = "SELECT o FROM Organisation o WHERE o.identifier = :identifier")
public class Organisation {

    /** A week: time for a guest to pay, and for the organisation to chase it before they arrive. */
    public static final int DEFAULT_BALANCE_DAYS_BEFORE = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Counted up by the database on every change to this row or its rates and seasons (V40); never written from here. */
    @Column(name = "settings_version", insertable = false, updatable = false)
    private long settingsVersion;

    @Column(nullable = false, unique = true)
    private String identifier;

    @Column(nullable = false)
    private String name;

    @Column(name = "currency", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "hold_minutes", nullable = false)
    private int holdMinutes;

    @Column(name = "guest_retention_months")
    private Integer guestRetentionMonths;

    @Column(nullable = false)
    private String terms;

    @Column(name = "require_two_factor", nullable = false)
    private boolean requireTwoFactor;

    @Column(name = "guest_phone_required", nullable = false)
    private boolean guestPhoneRequired;

    @Column(name = "notification_email")
    private String notificationEmail;

    /** The sites allowed to embed the booking widget, space-separated origins ({@link WidgetOrigins}). */
    @Column(name = "widget_origins", nullable = false)
    private String widgetOrigins = "";

    /** A {@link Language} code: what the public pages speak when the guest's browser asks for none of ours. */
    @Column(name = "default_language", nullable = false)
    private String defaultLanguage = Language.ENGLISH.code();

    private String address;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "check_in_from", nullable = false)
    private LocalTime checkInFrom = LocalTime.of(15, 0);

    @Column(name = "check_out_until", nullable = false)
    private LocalTime checkOutUntil = LocalTime.of(11, 0);

    @Column(name = "brand_colour")
    private String brandColour;

    @Column(name = "logo_key")
    private String logoKey;

    @Column(name = "logo_media_type")
    private String logoMediaType;

    @Column(name = "logo_width")
    private Integer logoWidth;

    @Column(name = "logo_height")
    private Integer logoHeight;

    @Column(name = "min_nights", nullable = false)
    private int minNights = 1;

    @Column(name = "max_nights", nullable = false)
    private int maxNights = StayPeriod.MAX_NIGHTS;

    @Column(name = "closed_arrival_days", nullable = false)
    private int closedArrivalDays;

    @Column(name = "closed_departure_days", nullable = false)
    private int closedDepartureDays;

    @Column(name = "booking_horizon_months", nullable = false)
    private int bookingHorizonMonths = 18;

    @Column(name = "lead_days", nullable = false)
    private int leadDays;

    @Column(name = "same_day_cutoff_hour")
    private Integer sameDayCutoffHour;

    /** {@link CancellationPolicy#code()}, or null: guests cancel by asking. */
    @Column(name = "cancellation_policy")
    private String cancellationPolicy;

    /** {@link DepositRule#code()}, or null: guests pay the whole amount when booking. */
    @Column(name = "deposit_rule")
    private String depositRule;

    /** How many days before check-in a deposit booking's balance falls due and its payment link is mailed. */
    @Column(name = "balance_days_before", nullable = false)
    private int balanceDaysBefore = DEFAULT_BALANCE_DAYS_BEFORE;

    @Column(name = "stripe_secret_key")
    @Convert(converter = SealedSecretConverter.class)
    private String stripeSecretKey;

    @Column(name = "stripe_webhook_secret")
    @Convert(converter = SealedSecretConverter.class)
    private String stripeWebhookSecret;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String identifier, String name, Currency currency, ZoneId zone) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.name = Objects.requireNonNull(name, "name");
        this.currencyCode = currency.getCurrencyCode();
        this.timeZone = zone.getId();
        this.holdMinutes = 30;
        this.terms = "";
    }

    /** Card payments through Stripe Checkout need both keys; without them bookings are pay-on-arrival. */
    public boolean takesCardPayments() {
        return stripeSecretKey != null && stripeWebhookSecret != null;
    }

    /** The owner changed the organisation's settings. */
    public void configure(String name, ZoneId zone, int holdMinutes, String terms, String notificationEmail) {
        this.name = Objects.requireNonNull(name, "name");
        this.timeZone = zone.getId();
        this.holdMinutes = holdMinutes;
        this.terms = terms == null ? "" : terms;
        this.notificationEmail = notificationEmail == null || notificationEmail.isBlank() ? null : notificationEmail;
    }

    /**
     * A new identifier, and so a new public address: the old one answers 404 from then on. Whether
     * another organisation has it is for the caller to check ({@link OrganisationIdentifier#refusal}).
     */
    public void changeIdentifier(String identifier) {
        if (identifier == null || !identifier.matches(OrganisationIdentifier.FORMAT)) {
            throw new IllegalArgumentException("Not an organisation identifier: " + identifier);
        }
        this.identifier = identifier;
    }

    /**
     * The currency of new prices and bookings. Bookings keep the currency they were made in, and prices
     * are not converted, so only a currency with as many decimals keeps every price's meaning.
     */
    public void changeCurrency(Currency currency) {
        if (currency.getDefaultFractionDigits() != currency().getDefaultFractionDigits()) {
            throw new IllegalArgumentException("Prices in " + currencyCode + " would change value in " + currency);
        }
        this.currencyCode = currency.getCurrencyCode();
    }

    /** Card payments on; a null leaves that key as it was, so a key need never be typed in again. */
    public void configureStripe(String secretKey, String webhookSecret) {
        if (secretKey != null) {
            this.stripeSecretKey = secretKey;
        }
        if (webhookSecret != null) {
            this.stripeWebhookSecret = webhookSecret;
        }
    }

    /** Card payments off: new bookings are taken as pay-on-arrival. */
    public void removeStripe() {
        this.stripeSecretKey = null;
        this.stripeWebhookSecret = null;
    }

    /** The secret key as an owner may see it again: its kind and last four characters, never in full. */
    public String maskedStripeKey() {
        if (stripeSecretKey == null) {
            return "";
        }
        int kind = stripeSecretKey.indexOf('_', 3);
        return stripeSecretKey.substring(0, Math.max(kind + 1, 0)) + "…"
                + stripeSecretKey.substring(Math.max(stripeSecretKey.length() - 4, kind + 1));
    }

    public String stripeSecretKey() {
        return stripeSecretKey;
    }

    public String stripeWebhookSecret() {
        return stripeWebhookSecret;
    }

    /** Which version of its settings this row was read with: {@link SettingsCache} keeps what was read for one. */
    public long settingsVersion() {
        return settingsVersion;
    }

    /** The stays the organisation takes, before its seasons' own rules. */
    public StayRules.Defaults stayRules() {
        return new StayRules.Defaults(minNights, maxNights, Weekdays.days(closedArrivalDays), Weekdays.days(closedDepartureDays),
                bookingHorizonMonths, leadDays, sameDayCutoffHour);
    }

    /** Staff changed the stay rules; the service has checked them against each other first. */
    public void changeStayRules(StayRules.Defaults rules) {
        this.minNights = rules.minNights();
        this.maxNights = rules.maxNights();
        this.closedArrivalDays = Weekdays.mask(rules.closedArrivals());
        this.closedDepartureDays = Weekdays.mask(rules.closedDepartures());
        this.bookingHorizonMonths = rules.horizonMonths();
        this.leadDays = rules.leadDays();
        this.sameDayCutoffHour = rules.sameDayCutoffHour();
    }

    /** The organisation's current date and time of day, which decide "today" and a same-day cut-off. */
    public LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(zone()));
    }

    /** The organisation's current date: what "today" is for its check-ins. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }

    public Long getId() {
        return id;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getName() {
        return name;
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** How many months after their last checkout a guest's details are kept; null: until they ask. */
    public Integer getGuestRetentionMonths() {
        return guestRetentionMonths;
    }

    public void keepGuestsFor(Integer months) {
        if (months != null && (months < 1 || months > 120)) {
            throw new IllegalArgumentException("Guests are kept 1 to 120 months, or until they ask: " + months);
        }
        this.guestRetentionMonths = months;
    }

    /** Whether everyone who signs in to this organisation's dashboard must use two-factor sign-in. */
    public boolean requiresTwoFactor() {
        return requireTwoFactor;
    }

    public void requireTwoFactor(boolean required) {
        this.requireTwoFactor = required;
    }

    /** What guests need to find and reach the property. */
    public PropertyDetails propertyDetails() {
        return new PropertyDetails(address, contactPhone, contactEmail, checkInFrom, checkOutUntil, brandColour,
                logoKey == null ? null : Logo.of(identifier, logoKey, logoMediaType, logoWidth, logoHeight));
    }

    /** The key its logo's address carries, or null without a logo. */
    String getLogoKey() {
        return logoKey;
    }

    String getLogoMediaType() {
        return logoMediaType;
    }

    /** A new logo, under a new key. */
    void wearLogo(String key, String mediaType, int width, int height) {
        this.logoKey = key;
        this.logoMediaType = mediaType;
        this.logoWidth = width;
        this.logoHeight = height;
    }

    void dropLogo() {
        this.logoKey = null;
        this.logoMediaType = null;
        this.logoWidth = null;
        this.logoHeight = null;
    }

    /** The owner described the property; blank fields are not given. The logo is changed on its own. */
    public void describe(PropertyDetails details) {
        this.address = blankToNull(details.address());
        this.contactPhone = blankToNull(details.phone());
        this.contactEmail = blankToNull(details.email());
        this.checkInFrom = Objects.requireNonNull(details.checkInFrom(), "checkInFrom");
        this.checkOutUntil = Objects.requireNonNull(details.checkOutUntil(), "checkOutUntil");
        this.brandColour = details.brandColour() == null || details.brandColour().isBlank() ? null
                : details.brandColour().strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether a guest must give a phone number to book; otherwise it is optional. */
    public boolean requiresGuestPhone() {
        return guestPhoneRequired;
    }

    public void requireGuestPhone(boolean required) {
        this.guestPhoneRequired = required;
    }

    /** Whether a guest has terms to accept: an organisation without terms asks for no acceptance. */
    public boolean hasTerms() {
        return terms != null && !terms.isBlank();
    }

    /** What guests get back when they cancel bookings made from now on; empty: they cannot cancel online. */
    public Optional<CancellationPolicy> cancellationPolicy() {
        return CancellationPolicy.parse(cancellationPolicy);
    }

    /** @param policy the policy for bookings made from now on, or null for none (bookings made keep theirs) */
    public void changeCancellationPolicy(CancellationPolicy policy) {
        this.cancellationPolicy = policy == null ? null : policy.code();
    }

    /** What card guests pay when booking, of bookings made from now on; empty: the whole amount. */
    public Optional<DepositRule> depositRule() {
        return DepositRule.parse(depositRule);
    }

    public int balanceDaysBefore() {
        return balanceDaysBefore;
    }

    /**
     * @param rule the deposit of bookings made from now on, or null for the whole amount at booking
     * @param daysBefore how many days before check-in the balance falls due, 0 to 365
     */
    public void changeDeposits(DepositRule rule, int daysBefore) {
        if (daysBefore < 0 || daysBefore > 365) {
            throw new IllegalArgumentException("A balance falls due 0 to 365 days before check-in: " + daysBefore);
        }
        this.depositRule = rule == null ? null : rule.code();
        this.balanceDaysBefore = daysBefore;
    }

    public int getHoldMinutes() {
        return holdMinutes;
    }

    public String getTerms() {
        return terms;
    }

    public String getNotificationEmail() {
        return notificationEmail;
    }

    public WidgetOrigins widgetOrigins() {
        return WidgetOrigins.stored(widgetOrigins);
    }

    public void allowWidgetOn(WidgetOrigins origins) {
        this.widgetOrigins = origins.sourceList();
    }

    /** The language of its public pages for a guest who chose none and whose browser asks for none we speak. */
    public Language defaultLanguage() {
        return Language.of(defaultLanguage).orElse(Language.ENGLISH);
    }

    public void speakByDefault(Language language) {
        this.defaultLanguage = Objects.requireNonNull(language, "language").code();
    }
}
