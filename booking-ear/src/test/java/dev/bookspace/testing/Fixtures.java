package dev.bookspace.testing;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Builds test data straight into the database, so a test reads like the behaviour it checks:
 * {@code fixtures.paidBooking(org, suite, JAN_1, JAN_3)}. Every organisation it makes has a fresh
 * identifier, and after each test it deletes exactly those organisations and their rows. Register it
 * as a field: {@code @RegisterExtension final Fixtures fixtures = Fixtures.overJdbc();}.
 */
public final class Fixtures implements AfterEachCallback {

    /** An organisation made for a test. */
    public record Organisation(long id, String identifier) {
    }

    /** An item made for a test. */
    public record Item(long id, String title) {
    }

    /**
     * Ids begin past 1,000 in a fresh test database, as they do in any database in use: Java shares the boxes of
     * small numbers, so comparing two boxed ids with {@code ==} holds below 128 and fails above it. A test run alone
     * on a fresh database would otherwise never see such a bug.
     */
    private static final String PAST_SMALL_NUMBERS = """
            DO $$
            DECLARE s record;
            BEGIN
                FOR s IN SELECT schemaname, sequencename FROM pg_sequences
                         WHERE schemaname = 'public' AND coalesce(last_value, 0) < 1000 LOOP
                    PERFORM setval(format('%I.%I', s.schemaname, s.sequencename), 1000);
                END LOOP;
            END $$""";
    private static final AtomicBoolean IDS_MOVED_PAST_SMALL_NUMBERS = new AtomicBoolean();

    /** Resolved on first use: Arquillian also creates in-container test instances on the client side. */
    private final Supplier<DataSource> dataSources;
    private DataSource dataSource;
    private final List<Long> organisations = new ArrayList<>();

    private Fixtures(Supplier<DataSource> dataSources) {
        this.dataSources = dataSources;
    }

    /** For tests that run as a client of the server. */
    public static Fixtures overJdbc() {
        return new Fixtures(() -> TestDatabase.endpoint().dataSource());
    }

    /** For tests that run inside the server, over the application's own data source. */
    public static Fixtures inContainer() {
        return new Fixtures(() -> {
            try {
                return InitialContext.doLookup("java:jboss/datasources/BookingDS");
            } catch (NamingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** An organisation without Stripe keys: it takes bookings as pay-on-arrival. */
    public Organisation organisation(String name) {
        return organisation(name, null, null);
    }

    /**
     * The organisation under a new identifier, name and currency, written in SQL as another node's commit
     * reaches this one: past this server's JPA, so nothing it remembers hears of it.
     */
    public Organisation changedOnAnotherNode(Organisation org, String name, String currency) {
        String identifier = "t-" + UUID.randomUUID().toString().substring(0, 12);
        update("UPDATE organisations SET identifier = ?, name = ?, currency = ? WHERE id = ?", identifier, name, currency, org.id());
        return new Organisation(org.id(), identifier);
    }

    /** An organisation that takes card payments through the Stripe stand-in. */
    public Organisation cardOrganisation(String name) {
        return organisation(name, StripeStandIn.SECRET_KEY, StripeStandIn.WEBHOOK_SECRET);
    }

    private Organisation organisation(String name, String stripeSecretKey, String stripeWebhookSecret) {
        String identifier = "t-" + UUID.randomUUID().toString().substring(0, 12);
        long id = insert("""
                INSERT INTO organisations (identifier, name, currency, time_zone, terms, notification_email,
                                           stripe_secret_key, stripe_webhook_secret)
                VALUES (?, ?, 'EUR', 'Europe/Lisbon', 'Check-in from 15:00.', ?, ?, ?)""",
                identifier, name, "desk@" + identifier + ".example", stripeSecretKey, stripeWebhookSecret);
        organisations.add(id);
        return new Organisation(id, identifier);
    }

    /** Takes an organisation the application made (at sign-up) into this test's care, to be deleted after it. */
    public Organisation adopt(String identifier) {
        long id = Long.parseLong(strings("SELECT id FROM organisations WHERE identifier = ?", identifier).get(0));
        organisations.add(id);
        return new Organisation(id, identifier);
    }

    /** Where an organisation made here receives its booking notifications. */
    public static String notificationAddress(Organisation org) {
        return "desk@" + org.identifier() + ".example";
    }

    /** A room at €120.00 a night for two. */
    public Item item(Organisation org, String title) {
        return item(org, title, 12_000);
    }

    public Item item(Organisation org, String title, long nightlyPriceMinor) {
        return item(org, title, nightlyPriceMinor, 2);
    }

    /** A room that sleeps {@code capacity}. */
    public Item item(Organisation org, String title, long nightlyPriceMinor, int capacity) {
        long id = insert("INSERT INTO items (organisation_id, title, description, nightly_price_minor, capacity) VALUES (?, ?, ?, ?, ?)",
                org.id(), title, "A test room.", nightlyPriceMinor, capacity);
        return new Item(id, title);
    }

    /** The room sells {@code units} identical rooms (V37's trigger gives it a row for each). */
    public void units(Item item, int units) {
        update("UPDATE items SET units = ? WHERE id = ?", units, item.id());
    }

    /** Staff gave the room this title in a language ("de"), as they do on the room's editor. */
    public void titleIn(Item item, String language, String title) {
        update("INSERT INTO item_translations (organisation_id, item_id, language, title) "
                + "SELECT organisation_id, id, ?, ? FROM items WHERE id = ?", language, title, item.id());
    }

    /** Staff call this unit of the room by a name ("101"), as they name it on the room's editor. */
    public void unitName(Item item, int unit, String name) {
        update("UPDATE item_units SET name = ? WHERE item_id = ? AND number = ?", name, item.id(), unit);
    }

    /** Moves the booking's stay to another unit of its room, as staff do at the desk. */
    public void inUnit(long bookingId, int unit) {
        update("UPDATE booking_items SET unit = ? WHERE booking_id = ?", unit, bookingId);
    }

    /** The room's size in m², as staff give it on the room's page. */
    public void roomSize(Item item, int sizeM2) {
        update("UPDATE items SET size_m2 = ? WHERE id = ?", sizeM2, item.id());
    }

    /** The password of every user made here. */
    public static final String PASSWORD = "correct horse battery staple";
    /**
     * {@link #PASSWORD} hashed as the application hashes passwords, at the 1,000 iterations the test server
     * hashes with ({@code booking.password.iterations} in arquillian.xml), so that signing in costs no more
     * than a password the tests choose on a page.
     */
    private static final String PASSWORD_HASH =
            "PBKDF2WithHmacSHA256:1000:s3Oaj/5J5eck/Lqb1xObHA==:G/jyFSbfeJD5EISSPxB2vK56pUvLez4yTmZvyqi1W5Q=";

    /** A dashboard user with {@link #PASSWORD}, its address verified or not. */
    public String user(Organisation org, String role, boolean verified) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + org.identifier() + ".example";
        insert("""
                INSERT INTO users (organisation_id, email, name, password_hash, role, email_verified_at)
                VALUES (?, ?, ?, ?, ?, CASE WHEN ? THEN now() END)""",
                org.id(), email, "Grace Hopper", PASSWORD_HASH, role, verified);
        return email;
    }

    /** A password reset link for a user made here, valid for an hour, as if it had been mailed; answers its token. */
    public String resetLink(Organisation org, String email) {
        return link(email, "reset_password");
    }

    /** An invitation link for a user made here (unverified, as invited), valid for an hour; answers its token. */
    public String invitationLink(Organisation org, String email) {
        return link(email, "invitation");
    }

    private String link(String email, String purpose) {
        String token = UUID.randomUUID().toString();
        insert("""
                INSERT INTO email_tokens (organisation_id, user_id, purpose, token_hash, expires_at)
                SELECT organisation_id, id, ?, ?, now() + interval '1 hour' FROM users WHERE email = ?""",
                purpose, sha256(token), email);
        return token;
    }

    /** Lets every link mailed to the organisation's users run out, as if their time had passed. */
    public void expireLinks(Organisation org) {
        update("UPDATE email_tokens SET expires_at = now() - interval '1 minute' WHERE organisation_id = ?", org.id());
    }

    /** An add-on offered with one item, or with every item of the organisation when {@code item} is null. */
    public long addOn(Organisation org, Item item, String name, long priceMinor, String pricing, int maxQuantity) {
        return insert("""
                INSERT INTO add_ons (organisation_id, item_id, name, price_minor, pricing, max_quantity)
                VALUES (?, ?, ?, ?, ?, ?)""",
                org.id(), item == null ? null : item.id(), name, priceMinor, pricing, maxQuantity);
    }

    /**
     * A season from its first to its last night (both included), raising every room's price by
     * {@code percentOverBase} (null for none); answers its id.
     */
    public long season(Organisation org, String name, LocalDate firstNight, LocalDate lastNight, BigDecimal percentOverBase) {
        return insert("INSERT INTO seasons (organisation_id, name, first_night, last_night, percent_over_base) VALUES (?, ?, ?, ?, ?)",
                org.id(), name, firstNight, lastNight, percentOverBase);
    }

    /** A room's own nightly price in a season. */
    public void seasonPrice(Organisation org, long seasonId, Item item, long nightlyPriceMinor) {
        insert("INSERT INTO room_rates (organisation_id, item_id, season_id, nightly_price_minor) VALUES (?, ?, ?, ?)",
                org.id(), item.id(), seasonId, nightlyPriceMinor);
    }

    /** Changes a room's own price in a season, as an owner would on the rates page. */
    public void changeSeasonPrice(long seasonId, Item item, long nightlyPriceMinor) {
        update("UPDATE room_rates SET nightly_price_minor = ? WHERE season_id = ? AND item_id = ?", nightlyPriceMinor, seasonId, item.id());
    }

    /** A room's own price on the nights beginning on these weekdays (Monday is 1, Sunday 7). */
    public void weekdayPrice(Organisation org, String name, Item item, long nightlyPriceMinor, int... weekdays) {
        int mask = java.util.Arrays.stream(weekdays).map(day -> 1 << (day - 1)).sum();
        long rate = insert("INSERT INTO weekday_rates (organisation_id, name, weekdays) VALUES (?, ?, ?)", org.id(), name, mask);
        insert("INSERT INTO room_rates (organisation_id, item_id, weekday_rate_id, nightly_price_minor) VALUES (?, ?, ?, ?)",
                org.id(), item.id(), rate, nightlyPriceMinor);
    }

    /** A tax or fee: {@code kind} as stored ({@code per_guest_night}, {@code per_booking}, {@code percent_added}, {@code percent_included}). */
    public void charge(Organisation org, String name, String kind, Long amountMinor, BigDecimal percent) {
        insert("INSERT INTO charges (organisation_id, name, kind, amount_minor, percent) VALUES (?, ?, ?, ?, ?)",
                org.id(), name, kind, amountMinor, percent);
    }

    /**
     * One of the organisation's stay rules, by its column ({@code min_nights}, {@code closed_arrival_days} with
     * weekdays as bits, Monday 1 … Sunday 64); only before anyone has loaded it (the server caches organisations).
     */
    public void stayRule(Organisation org, String column, Object value) {
        update("UPDATE organisations SET " + column + " = ? WHERE id = ?", value, org.id());
    }

    /** One of a season's own stay rules, by its column ({@code min_nights}, {@code closed_arrival_days} …). */
    public void seasonStayRule(long seasonId, String column, Object value) {
        update("UPDATE seasons SET " + column + " = ? WHERE id = ?", value, seasonId);
    }

    /** A length-of-stay discount. */
    public void stayDiscount(Organisation org, int minNights, BigDecimal percent) {
        insert("INSERT INTO stay_discounts (organisation_id, min_nights, percent) VALUES (?, ?, ?)", org.id(), minNights, percent);
    }

    public long paidBooking(Organisation org, Item item, LocalDate checkIn, LocalDate checkout) {
        return booking(org, item, "paid", checkIn, checkout, null);
    }

    public long cancelledBooking(Organisation org, Item item, LocalDate checkIn, LocalDate checkout) {
        return booking(org, item, "cancelled", checkIn, checkout, null);
    }

    public long unpaidHold(Organisation org, Item item, LocalDate checkIn, LocalDate checkout, Instant expiresAt) {
        return booking(org, item, "unpaid", checkIn, checkout, expiresAt);
    }

    /**
     * An unpaid card booking held for 30 minutes, as if the guest were on Stripe's page for the given
     * Checkout session, by a guest with this e-mail address.
     */
    public String cardHold(Organisation org, Item item, LocalDate checkIn, LocalDate checkout, String sessionId,
            String guestEmail) {
        long booking = booking(org, item, "unpaid", checkIn, checkout, Instant.now().plusSeconds(30 * 60));
        update("UPDATE bookings SET payment_method = 'stripe', stripe_session_id = ?, guest_email = ? WHERE id = ?",
                sessionId, guestEmail, booking);
        return strings("SELECT reference FROM bookings WHERE id = ?", booking).get(0);
    }

    /**
     * Adds a room to a booking made here, for its nights and in its status, at {@code priceMinor}: the booking's
     * total grows by that much, as a booking of several rooms costs what its rooms do.
     */
    public void addRoom(long bookingId, Item item, long priceMinor) {
        update("""
                INSERT INTO booking_items (organisation_id, booking_id, item_id, date_range, booking_status, hold_expires_at, price_minor)
                SELECT organisation_id, booking_id, ?, date_range, booking_status, hold_expires_at, ? FROM booking_items
                WHERE booking_id = ? ORDER BY id LIMIT 1""", item.id(), priceMinor, bookingId);
        update("UPDATE bookings SET total_minor = total_minor + ? WHERE id = ?", priceMinor, bookingId);
    }

    /** Sets what a booking made here costs, for the tests of money (fixture bookings are free). */
    public void priceAt(long bookingId, long totalMinor) {
        update("UPDATE bookings SET total_minor = ? WHERE id = ?", totalMinor, bookingId);
        update("UPDATE booking_items SET price_minor = ? WHERE booking_id = ?", totalMinor, bookingId);
    }

    /** Names a booking's guest as only a row stored before names were checked could be named (with line breaks, say). */
    public void guestNamed(long bookingId, String name) {
        update("UPDATE bookings SET guest_name = ? WHERE id = ?", name, bookingId);
    }

    /** Makes a booking made here another guest's. */
    public void guest(long bookingId, String name, String email) {
        update("UPDATE bookings SET guest_name = ?, guest_email = ? WHERE id = ?", name, email, bookingId);
    }

    /** Sets the organisation's cancellation policy as an owner would: a stored code such as "7:100,0:50", or null for none. */
    /** Guests of this organisation must give a phone number (before the server first reads it: it caches organisations). */
    public void requireGuestPhone(Organisation org) {
        update("UPDATE organisations SET guest_phone_required = true WHERE id = ?", org.id());
    }

    /** The language its public pages speak to guests whose browser asks for none of ours (before the server first reads it). */
    public void defaultLanguage(Organisation org, String code) {
        update("UPDATE organisations SET default_language = ? WHERE id = ?", code, org.id());
    }

    /** The organisation's terms; empty for none (before the server first reads it). */
    public void terms(Organisation org, String terms) {
        update("UPDATE organisations SET terms = ? WHERE id = ?", terms, org.id());
    }

    /** The sites allowed to frame the organisation's booking widget, space-separated origins (before the server first reads it). */
    public void widgetOrigins(Organisation org, String origins) {
        update("UPDATE organisations SET widget_origins = ? WHERE id = ?", origins, org.id());
    }

    public void cancellationPolicy(Organisation org, String code) {
        update("UPDATE organisations SET cancellation_policy = ? WHERE id = ?", code, org.id());
    }

    /** Sets the organisation's deposit as an owner would: a stored code such as "30%" or "first-night", and the balance's days before check-in. */
    public void deposits(Organisation org, String code, int balanceDaysBefore) {
        update("UPDATE organisations SET deposit_rule = ?, balance_days_before = ? WHERE id = ?", code, balanceDaysBefore, org.id());
    }

    /** Brings a deposit booking's balance day to yesterday, as if the days before its check-in had passed. */
    public void balanceFallenDue(Organisation org, String reference) {
        update("UPDATE bookings SET balance_due_on = current_date - 1 WHERE organisation_id = ? AND reference = ?", org.id(), reference);
    }

    /** An API key of the organisation, stored hashed as the application stores keys; answers the key itself. */
    public String apiKey(Organisation org) {
        String key = "bk_test_" + UUID.randomUUID().toString().replace("-", "");
        insert("INSERT INTO api_keys (organisation_id, name, prefix, key_hash, created_at) VALUES (?, 'Test integration', ?, ?, now())",
                org.id(), key.substring(0, 10), sha256(key));
        return key;
    }

    /** The id of a key made by {@link #apiKey}. */
    public long apiKeyId(String key) {
        return Long.parseLong(strings("SELECT id FROM api_keys WHERE key_hash = ?", sha256(key)).get(0));
    }

    /** A key that was revoked. */
    public String revokedApiKey(Organisation org) {
        String key = apiKey(org);
        update("UPDATE api_keys SET revoked_at = now() WHERE key_hash = ?", sha256(key));
        return key;
    }

    /** An answered Idempotency-Key sent with this API key, used {@code age} ago. */
    public void idempotencyKey(Organisation org, String apiKey, String idempotencyKey, Duration age) {
        update("""
                INSERT INTO idempotency_keys (organisation_id, api_key_id, idempotency_key, request_hash, response_status, response_body, created_at)
                SELECT organisation_id, id, ?, 'hash', 201, '{}', ? FROM api_keys WHERE key_hash = ?""",
                idempotencyKey, Timestamp.from(Instant.now().minus(age)), sha256(apiKey));
    }

    /** An Idempotency-Key claimed this long ago for a request with this body and never answered: its request died. */
    public void unansweredIdempotencyKey(String apiKey, String idempotencyKey, String requestBody, Duration age) {
        update("""
                INSERT INTO idempotency_keys (organisation_id, api_key_id, idempotency_key, request_hash, created_at)
                SELECT organisation_id, id, ?, ?, ? FROM api_keys WHERE key_hash = ?""",
                idempotencyKey, sha256(requestBody), Timestamp.from(Instant.now().minus(age)), sha256(apiKey));
    }

    /** As many Idempotency-Keys as given, named {@code prefix-1} and on, all as old as given. */
    public void idempotencyKeys(Organisation org, String apiKey, String prefix, int count, Duration age) {
        update("""
                INSERT INTO idempotency_keys (organisation_id, api_key_id, idempotency_key, request_hash, response_status, response_body, created_at)
                SELECT organisation_id, id, ? || '-' || n, 'hash', 201, '{}', ? FROM api_keys, generate_series(1, ?) AS n
                WHERE key_hash = ?""", prefix, Timestamp.from(Instant.now().minus(age)), count, sha256(apiKey));
    }

    /** Makes every Idempotency-Key of the organisation as old as given. */
    public void ageIdempotencyKeys(Organisation org, Duration age) {
        update("UPDATE idempotency_keys SET created_at = ? WHERE organisation_id = ?", Timestamp.from(Instant.now().minus(age)), org.id());
    }

    /** The organisation's Idempotency-Keys, in the order they were used. */
    public List<String> idempotencyKeys(Organisation org) {
        return strings("SELECT idempotency_key FROM idempotency_keys WHERE organisation_id = ? ORDER BY created_at", org.id());
    }

    /** A webhook endpoint of the organisation; answers its signing secret. */
    public String webhookEndpoint(Organisation org, String url) {
        String secret = "whsec_test_" + UUID.randomUUID().toString().replace("-", "");
        insert("INSERT INTO webhook_endpoints (organisation_id, url, description, signing_secret, created_at) VALUES (?, ?, '', ?, now())",
                org.id(), url, secret);
        return secret;
    }

    /**
     * A delivery to the organisation's first webhook endpoint, in this status, last tried {@code age}
     * ago; a pending one is next due in an hour, so the delivery job leaves it alone during a test.
     */
    public void webhookDelivery(Organisation org, String bookingReference, String status, Duration age) {
        Timestamp at = Timestamp.from(Instant.now().minus(age));
        update("""
                INSERT INTO webhook_deliveries (organisation_id, endpoint_id, event_id, event_type, booking_reference, payload,
                                                status, attempts, created_at, next_attempt_at, last_attempt_at)
                SELECT organisation_id, min(id), 'evt_' || md5(random()::text), 'booking.created', ?, '{}', ?, 1, ?,
                       CASE WHEN ? = 'pending' THEN now() + interval '1 hour' END, ?
                FROM webhook_endpoints WHERE organisation_id = ? GROUP BY organisation_id""",
                bookingReference, status, at, status, at, org.id());
    }

    /** Why the last attempt of each of the organisation's deliveries got no answer, stored as the sender words it. */
    public void webhookDeliveriesFailed(Organisation org, String failure) {
        update("UPDATE webhook_deliveries SET last_failure = ? WHERE organisation_id = ?", failure, org.id());
    }

    /** The organisation's webhook deliveries, oldest first, each as "type reference status attempts last-status". */
    public List<String> webhookDeliveries(Organisation org) {
        return strings("""
                SELECT event_type || ' ' || booking_reference || ' ' || status || ' ' || attempts || ' ' || coalesce(last_response_status::text, '-')
                FROM webhook_deliveries WHERE organisation_id = ? ORDER BY id""", org.id());
    }

    /** Why the last attempt of each of the organisation's deliveries got no answer ("" when it got one). */
    public List<String> lastWebhookFailures(Organisation org) {
        return strings("SELECT coalesce(last_failure, '') FROM webhook_deliveries WHERE organisation_id = ? ORDER BY id", org.id());
    }

    /** The mail outbox's mails to an address, oldest first, each as "status attempts last-error". */
    public List<String> outboxMails(String recipient) {
        return strings("SELECT status || ' ' || attempts || ' ' || coalesce(last_error, '-') FROM mail_outbox WHERE recipient = ? ORDER BY id",
                recipient);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Backdates the mails queued for an address, as if they had waited this long. */
    public void ageOutbox(String recipient, Duration age) {
        update("UPDATE mail_outbox SET created_at = ? WHERE recipient = ?", Timestamp.from(Instant.now().minus(age)), recipient);
    }

    /**
     * A mail queued this long ago and not due again for a day, so the mail job leaves it waiting: the outbox's
     * health check sees a backlog. The outbox is no organisation's, so the test deletes it ({@link #deleteOutbox}).
     */
    public long waitingMail(String recipient, Duration age) {
        return insert("INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at) VALUES (?, 'Waiting', '', ?, ?)",
                recipient, Timestamp.from(Instant.now().minus(age)), Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
    }

    public void deleteOutbox(String recipient) {
        update("DELETE FROM mail_outbox WHERE recipient = ?", recipient);
    }

    /** The organisation requires two-factor sign-in of everyone; only before anyone has loaded it (the server caches organisations). */
    public void requireTwoFactor(Organisation org) {
        update("UPDATE organisations SET require_two_factor = true WHERE id = ?", org.id());
    }

    /** A column of an organisation made here, as stored. */
    public String organisationColumn(Organisation org, String column) {
        return strings("SELECT " + column + "::text FROM organisations WHERE id = ?", org.id()).get(0);
    }

    /** The bodies of the mails queued for an address, as stored. */
    public List<String> outboxBodies(String recipient) {
        return strings("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id", recipient);
    }

    /** A column of a user made here, by address. */
    public String userColumn(String email, String column) {
        return strings("SELECT " + column + "::text FROM users WHERE email = ?", email).get(0);
    }

    /**
     * The organisation's audit log, oldest first, each event as
     * "action by actor_kind actor_label on subject_id: before -> after" (before and after as JSON, or empty).
     */
    public List<String> auditLog(Organisation org) {
        return strings("""
                SELECT action || ' by ' || actor_kind || ' ' || actor_label || ' on ' || subject_id || ': '
                    || coalesce(before::text, '') || ' -> ' || coalesce(after::text, '')
                FROM audit_events WHERE organisation_id = ? ORDER BY id""", org.id());
    }

    /** A line of a booking's history as a version of Bookspace stored it (its English sentence). */
    public void historyEntry(Organisation org, long bookingId, String actor, String description) {
        insert("INSERT INTO booking_events (organisation_id, booking_id, happened_at, actor, description) VALUES (?, ?, now(), ?, ?)",
                org.id(), bookingId, actor, description);
    }

    /** A booking's history, oldest first, each line as "actor: description". */
    public List<String> history(long bookingId) {
        return strings("SELECT actor || ': ' || description FROM booking_events WHERE booking_id = ? ORDER BY id", bookingId);
    }

    /** The webhook events a booking's changes sent to integrators, oldest first ("booking.created", …). */
    public List<String> notices(long bookingId) {
        return strings("SELECT notice FROM booking_events WHERE booking_id = ? AND notice IS NOT NULL ORDER BY id", bookingId);
    }

    /** The id of a booking made here, by reference. */
    public long bookingId(Organisation org, String reference) {
        return Long.parseLong(strings("SELECT id FROM bookings WHERE organisation_id = ? AND reference = ?", org.id(), reference).get(0));
    }

    /** A booking of one item, in one transaction; its booking item repeats the status and hold expiry, as the service writes them. */
    public long booking(Organisation org, Item item, String status, LocalDate checkIn, LocalDate checkout, Instant expiresAt) {
        Timestamp expiry = expiresAt == null ? null : Timestamp.from(expiresAt);
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                long booking = insert(connection, """
                        INSERT INTO bookings (organisation_id, reference, access_token, status, guest_name, guest_email, guests,
                                              hold_expires_at, total_minor, currency)
                        VALUES (?, ?, ?, ?, 'Ada Guest', 'ada@example.org', 1, ?, 0, 'EUR')""",
                        org.id(), "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), UUID.randomUUID().toString(),
                        status, expiry);
                insert(connection, """
                        INSERT INTO booking_items (organisation_id, booking_id, item_id, date_range, booking_status, hold_expires_at, price_minor)
                        VALUES (?, ?, ?, daterange(?, ?), ?, ?, 0)""",
                        org.id(), booking, item.id(), checkIn, checkout, status, expiry);
                connection.commit();
                return booking;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert a " + status + " booking", e);
        }
    }

    /**
     * Closes an item for some nights, as the service does: the block and, in the same transaction, the
     * booking_items row by which it occupies them; answers the block's id.
     */
    public long closedDates(Organisation org, Item item, LocalDate checkIn, LocalDate checkout, String reason) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                long block = insert(connection, "INSERT INTO room_blocks (organisation_id, item_id, date_range, reason) VALUES (?, ?, daterange(?, ?), ?)",
                        org.id(), item.id(), checkIn, checkout, reason);
                insert(connection, """
                        INSERT INTO booking_items (organisation_id, block_id, item_id, date_range, booking_status, price_minor)
                        VALUES (?, ?, ?, daterange(?, ?), 'blocked', 0)""", org.id(), block, item.id(), checkIn, checkout);
                connection.commit();
                return block;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close dates", e);
        }
    }

    /**
     * Another channel's booking of the item, as a sync of its calendar feed leaves it: the feed, its event, and the
     * closed dates of source {@code feed} by which the event occupies the nights.
     */
    public void channelBooking(Organisation org, Item item, LocalDate checkIn, LocalDate checkout) {
        long feed = insert("INSERT INTO calendar_feeds (organisation_id, item_id, name, url) VALUES (?, ?, ?, ?)", org.id(), item.id(),
                "Airbnb", "https://www.airbnb.com/calendar/ical/" + item.id() + ".ics");
        long event = insert("INSERT INTO calendar_feed_events (organisation_id, feed_id, uid, date_range, summary) VALUES (?, ?, ?, daterange(?, ?), ?)",
                org.id(), feed, "airbnb-" + item.id(), checkIn, checkout, "Reserved");
        long block = insert("""
                INSERT INTO room_blocks (organisation_id, item_id, date_range, reason, source, feed_event_id)
                VALUES (?, ?, daterange(?, ?), ?, 'feed', ?)""", org.id(), item.id(), checkIn, checkout, "Airbnb: Reserved", event);
        insert("""
                INSERT INTO booking_items (organisation_id, block_id, item_id, date_range, booking_status, price_minor)
                VALUES (?, ?, ?, daterange(?, ?), 'blocked', 0)""", org.id(), block, item.id(), checkIn, checkout);
    }

    /** An organisation's closed dates, as "item_id date_range reason", in the order they were made. */
    public List<String> closedDates(Organisation org) {
        return strings("SELECT item_id || ' ' || date_range || ' ' || reason FROM room_blocks WHERE organisation_id = ? ORDER BY id",
                org.id());
    }

    /** Gives the room a feed URL, as staff do when they first look for it; answers its token. */
    public String calendarExport(Organisation org, Item item) {
        String token = java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
        insert("INSERT INTO room_calendar_exports (organisation_id, item_id, token) VALUES (?, ?, ?)", org.id(), item.id(), token);
        return token;
    }

    /**
     * A photo of the room as an upload leaves it: its row and both sizes, here the same image of this many
     * pixels; answers its key, which its addresses carry.
     */
    public String roomPhoto(Organisation org, Item item, String fileName, boolean cover, byte[] jpeg, int width, int height) {
        String key = java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
        long photo = insert("""
                INSERT INTO room_photos (organisation_id, item_id, photo_key, position, cover, media_type, file_name,
                                         card_width, card_height, large_width, large_height)
                VALUES (?, ?, ?, (SELECT count(*) FROM room_photos WHERE organisation_id = ? AND item_id = ?), ?, 'image/jpeg', ?,
                        ?, ?, ?, ?)""", org.id(), item.id(), key, org.id(), item.id(), cover, fileName, width, height, width, height);
        for (String size : List.of("card", "large")) {
            insert("INSERT INTO room_photo_images (organisation_id, photo_id, size, bytes) VALUES (?, ?, ?, ?)", org.id(), photo, size, jpeg);
        }
        return key;
    }

    /** Subscribes the room to another channel's feed, due for its first fetch at once; answers the feed's id. */
    public long calendarFeed(Organisation org, Item item, String name, String url) {
        return insert("INSERT INTO calendar_feeds (organisation_id, item_id, name, url) VALUES (?, ?, ?, ?)", org.id(), item.id(), name, url);
    }

    /** Makes the feed due now, as its ten minutes having passed would. */
    public void feedDue(long feedId) {
        update("UPDATE calendar_feeds SET next_fetch_at = now() - interval '1 second' WHERE id = ?", feedId);
    }

    /** When the feed's last attempt was, or null before the first. */
    public String feedColumn(long feedId, String column) {
        List<String> values = strings("SELECT " + column + "::text FROM calendar_feeds WHERE id = ?", feedId);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Moves the start of a failing feed's trouble back, as a day of failures would. */
    public void feedFailingSince(long feedId, Duration ago) {
        update("UPDATE calendar_feeds SET failing_since = now() - make_interval(secs => ?) WHERE id = ?", (double) ago.toSeconds(), feedId);
    }

    /** An organisation's closed dates with their source, as "item_id date_range source reason", by their first night. */
    public List<String> closedDatesWithSource(Organisation org) {
        return strings("""
                SELECT item_id || ' ' || date_range || ' ' || source || ' ' || reason FROM room_blocks
                WHERE organisation_id = ? ORDER BY lower(date_range), id""", org.id());
    }

    /** The events of an organisation's feeds that overlap Bookspace's own, as "uid: what they overlap". */
    public List<String> overbookedEvents(Organisation org) {
        return strings("SELECT uid || ': ' || overlapping_stays FROM calendar_feed_events WHERE organisation_id = ? AND overlapping_stays IS NOT NULL ORDER BY id",
                org.id());
    }

    /** The statuses of an organisation's bookings, in the order they were made. */
    public List<String> bookingStatuses(Organisation org) {
        return strings("SELECT status FROM bookings WHERE organisation_id = ? ORDER BY id", org.id());
    }

    /** The reference of a booking made here. */
    public String reference(long bookingId) {
        return strings("SELECT reference FROM bookings WHERE id = ?", bookingId).get(0);
    }

    /** A column of an organisation's booking, by reference. */
    public String bookingColumn(Organisation org, String reference, String column) {
        List<String> values = strings("SELECT " + column + "::text FROM bookings WHERE organisation_id = ? AND reference = ?",
                org.id(), reference);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The item ids of an organisation's booking items that block their nights, in the order they were made. */
    /** Every occupying row (stays, holds, closed dates) as {@code itemId unit range}, in the order they were made. */
    public List<String> occupiedUnits(Organisation org) {
        return strings("""
                SELECT item_id || ' ' || unit || ' ' || date_range FROM booking_items
                WHERE organisation_id = ? AND booking_status IN ('unpaid', 'paid', 'complete', 'blocked') ORDER BY id""", org.id());
    }

    public List<String> blockingRanges(Organisation org) {
        return strings("""
                SELECT item_id || ' ' || date_range FROM booking_items
                WHERE organisation_id = ? AND booking_status IN ('unpaid', 'paid', 'complete') ORDER BY id""", org.id());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // Also true of the client-side twin of an in-container test, which has no data source to reach.
        if (organisations.isEmpty()) {
            return;
        }
        // Every test signs in from the same address; its failures must not slow or refuse the next test.
        update("DELETE FROM sign_in_failures");
        update("DELETE FROM public_booking_counts");
        for (String table : List.of("webhook_deliveries", "webhook_endpoints", "booking_events", "booking_payments", "booking_add_ons", "booking_price_lines", "booking_items", "room_blocks",
                "calendar_feed_events", "calendar_feeds", "room_calendar_exports", "room_photo_images", "room_photos", "bookings", "stripe_events", "add_ons",
                "room_rates", "seasons", "weekday_rates", "stay_discounts", "charges", "item_translations", "items",
                "email_tokens", "users", "idempotency_keys", "api_keys", "organisation_logos")) {
            for (long org : organisations) {
                update("DELETE FROM " + table + " WHERE organisation_id = ?", org);
            }
        }
        organisations.forEach(org -> update("DELETE FROM organisations WHERE id = ?", org));
        organisations.clear();
    }

    private long insert(String sql, Object... parameters) {
        try (Connection connection = connection()) {
            return insert(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql + " RETURNING id", parameters);
             ResultSet keys = statement.executeQuery()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private List<String> strings(String sql, Object... parameters) {
        try (Connection connection = connection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = connection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connection() throws SQLException {
        if (dataSource == null) {
            dataSource = dataSources.get();
            if (IDS_MOVED_PAST_SMALL_NUMBERS.compareAndSet(false, true)) {
                update(PAST_SMALL_NUMBERS);
            }
        }
        return dataSource.getConnection();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
