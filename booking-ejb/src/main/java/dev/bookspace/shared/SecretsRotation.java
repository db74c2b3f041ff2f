package dev.bookspace.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At every start, after the schema is migrated, seals every stored secret that is not sealed under the
 * current key: values from before sealing began, and values an older key sealed. Rotating the key is
 * therefore: list the new key first in {@code BOOKING_SECRETS_KEYS}, keeping the old one, and restart;
 * once a start has logged the reseal, the old key can go. Plain JDBC across organisations, like the
 * other jobs: secrets are infrastructure here, not a tenant's query.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecretsRotation {

    private static final Logger LOG = Logger.getLogger(SecretsRotation.class.getName());
    private static final int BATCH = 500;

    /** Where secrets are kept: a table, the column that says which row, and the secret's column. */
    record SecretColumn(String table, String id, String column) {
    }

    static final List<SecretColumn> COLUMNS = List.of(
            new SecretColumn("organisations", "id", "stripe_secret_key"),
            new SecretColumn("organisations", "id", "stripe_webhook_secret"),
            new SecretColumn("webhook_endpoints", "id", "signing_secret"),
            // Authenticators' secrets for two-factor sign-in, in use and being set up.
            new SecretColumn("users", "id", "totp_secret"),
            new SecretColumn("users", "id", "totp_pending_secret"),
            // Mail waiting to be sent may carry sign-in links; mail sent has had its body emptied.
            new SecretColumn("mail_outbox", "id", "body"));

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @PostConstruct
    void resealAtStart() {
        int resealed = reseal();
        if (resealed > 0) {
            LOG.info(() -> "Sealed " + resealed + " stored secrets under the current key");
        }
    }

    /** Seals what is not sealed under the current key, a batch at a time; answers how many values it sealed. */
    public int reseal() {
        return reseal(dataSource, SecretBox.configured());
    }

    private static int reseal(DataSource dataSource, SecretBox box) {
        int resealed = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (SecretColumn secret : COLUMNS) {
                int batch;
                do {
                    batch = resealBatch(connection, secret, box);
                    resealed += batch;
                } while (batch == BATCH);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal the stored secrets", e);
        }
        return resealed;
    }

    private static int resealBatch(Connection connection, SecretColumn secret, SecretBox box) throws SQLException {
        List<Object[]> stale = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + secret.id() + ", " + secret.column()
                + " FROM " + secret.table() + " WHERE " + secret.column() + " <> '' AND " + secret.column()
                + " NOT LIKE ? LIMIT " + BATCH)) {
            select.setString(1, box.currentPrefix() + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stale.add(new Object[] {rows.getLong(1), rows.getString(2)});
                }
            }
        }
        // Only if unchanged since read: a value saved meanwhile was sealed by the application.
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + secret.table() + " SET " + secret.column()
                + " = ? WHERE " + secret.id() + " = ? AND " + secret.column() + " = ?")) {
            for (Object[] row : stale) {
                update.setString(1, box.seal(box.open((String) row[1])));
                update.setLong(2, (Long) row[0]);
                update.setString(3, (String) row[1]);
                update.addBatch();
            }
            return Arrays.stream(update.executeBatch()).sum();
        }
    }
}
