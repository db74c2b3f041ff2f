package dev.bookspace.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    public Organisation organisation(String name) {
        String identifier = "t-" + UUID.randomUUID().toString().substring(0, 12);
        long id = insert("INSERT INTO organisations (identifier, name, currency, time_zone) VALUES (?, ?, 'EUR', 'Europe/Lisbon')",
                identifier, name);
        organisations.add(id);
        return new Organisation(id, identifier);
    }

    /** A room at €120.00 a night for two. */
    public Item item(Organisation org, String title) {
        return item(org, title, 12_000);
    }

    public Item item(Organisation org, String title, long nightlyPriceMinor) {
        long id = insert("INSERT INTO items (organisation_id, title, description, nightly_price_minor, capacity) VALUES (?, ?, ?, ?, 2)",
                org.id(), title, "A test room.", nightlyPriceMinor);
        return new Item(id, title);
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

    /** A booking of one item; its booking item repeats the status and hold expiry, as the service writes them. */
    public long booking(Organisation org, Item item, String status, LocalDate checkIn, LocalDate checkout, Instant expiresAt) {
        Timestamp expiry = expiresAt == null ? null : Timestamp.from(expiresAt);
        long booking = insert("""
                INSERT INTO bookings (organisation_id, reference, status, guest_name, guest_email, guests, hold_expires_at, total_minor, currency)
                VALUES (?, ?, ?, 'Ada Guest', 'ada@example.org', 1, ?, 0, 'EUR')""",
                org.id(), "T-" + UUID.randomUUID().toString().substring(0, 8), status, expiry);
        insert("""
                INSERT INTO booking_items (organisation_id, booking_id, item_id, date_range, booking_status, hold_expires_at, price_minor)
                VALUES (?, ?, ?, daterange(?, ?), ?, ?, 0)""",
                org.id(), booking, item.id(), checkIn, checkout, status, expiry);
        return booking;
    }

    /** The statuses of an organisation's bookings, in the order they were made. */
    public List<String> bookingStatuses(Organisation org) {
        return strings("SELECT status FROM bookings WHERE organisation_id = ? ORDER BY id", org.id());
    }

    /** The item ids of an organisation's booking items that block their nights, in the order they were made. */
    public List<String> blockingRanges(Organisation org) {
        return strings("""
                SELECT item_id || ' ' || date_range FROM booking_items
                WHERE organisation_id = ? AND booking_status IN ('unpaid', 'paid', 'complete') ORDER BY id""", org.id());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (organisations.isEmpty()) {
            return;
        }
        for (String table : List.of("booking_items", "bookings", "add_ons", "items")) {
            for (long org : organisations) {
                update("DELETE FROM " + table + " WHERE organisation_id = ?", org);
            }
        }
        organisations.forEach(org -> update("DELETE FROM organisations WHERE id = ?", org));
        organisations.clear();
    }

    private long insert(String sql, Object... parameters) {
        try (Connection connection = connection();
             PreparedStatement statement = prepare(connection, sql + " RETURNING id", parameters);
             ResultSet keys = statement.executeQuery()) {
            keys.next();
            return keys.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
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
