package dev.bookspace.notification;

import dev.bookspace.shared.AgeSweep;
import dev.bookspace.shared.SecretBox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The mail outbox (V9). A mail is queued as a row in the transaction of whatever decided to send it,
 * so it leaves only if that commits and is not lost once it has; {@link MailJob} sends it afterwards.
 * The outbox is no organisation's data, so it lies outside the tenancy walls: plain JDBC over the
 * application's data source, as the other cross-organisation jobs read, and EclipseLink never sees it.
 * A connection taken inside a JTA transaction is that transaction's own, so the queued row commits
 * or rolls back with the booking. A mail's body is emptied once it is sent or given up: account mails
 * carry sign-in links whose tokens the database otherwise keeps only as hashes.
 */
@ApplicationScoped
public class MailOutbox {

    /** How many mails one claim takes, and sends over one SMTP connection. */
    static final int BATCH = 100;
    /** A claimed mail is not claimed again for this long: well beyond a batch's sends. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final String QUEUE = """
            INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at, brand_name, brand_colour, brand_logo_url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String CLAIM = """
            UPDATE mail_outbox SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?
            WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ?
                         ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id, recipient, subject, body, attempts, created_at, brand_name, brand_colour, brand_logo_url""";
    private static final String SENT = """
            UPDATE mail_outbox SET status = 'sent', next_attempt_at = NULL, last_error = NULL, body = '' WHERE id = ANY(?)""";
    private static final String FAILED = """
            UPDATE mail_outbox SET status = ?, next_attempt_at = ?, last_error = ?, body = CASE WHEN ? THEN '' ELSE body END
            WHERE id = ?""";
    private static final AgeSweep SWEEP = new AgeSweep("mail_outbox", "status <> 'pending' AND last_attempt_at < ?");

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    /**
     * Queues a plain-text mail in the caller's transaction, which there must be: without one the mail
     * would be queued even if the caller's work then failed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String to, String subject, String text) {
        queue(to, subject, text, null);
    }

    /**
     * Queues a mail that also wears its organisation's brand, as an HTML part beside the text ({@link BrandedMail});
     * the same as plain text when the brand is null. Same transaction rule.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String to, String subject, String text, MailBrand brand) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // Sealed: account mails carry sign-in links, which a copy of the database must not give away.
        update(QUEUE, to, subject, SecretBox.configured().seal(text), now, now, brand == null ? null : brand.name(),
                brand == null ? null : brand.colour(), brand == null ? null : brand.logoUrl());
    }

    /** Claims up to a batch of due mails for one attempt each, leasing them meanwhile; commits at once. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<OutgoingMail> claimDue(OffsetDateTime now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = prepare(connection, CLAIM, now, now.plus(LEASE), now, BATCH);
             ResultSet rows = claim.executeQuery()) {
            List<OutgoingMail> due = new ArrayList<>();
            while (rows.next()) {
                MailBrand brand = rows.getString(7) == null ? null : new MailBrand(rows.getString(7), rows.getString(8), rows.getString(9));
                due.add(new OutgoingMail(rows.getLong(1), rows.getString(2), rows.getString(3), SecretBox.configured().open(rows.getString(4)),
                        rows.getInt(5), rows.getObject(6, OffsetDateTime.class), brand));
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the mail that is due", e);
        }
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void markSent(List<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sent = prepare(connection, SENT, connection.createArrayOf("bigint", mailIds.toArray(Long[]::new)))) {
            sent.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark " + mailIds.size() + " mails sent", e);
        }
    }

    /** @param retryAt when to try again, or null to give up */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void markFailed(long mailId, String error, OffsetDateTime retryAt) {
        update(FAILED, retryAt == null ? "failed" : "pending", retryAt, error, retryAt == null, mailId);
    }

    /** Deletes the mail sent, or given up, before the given moment; answers how many. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sweep(OffsetDateTime doneBefore) {
        try {
            return SWEEP.deleteOlderThan(dataSource, doneBefore.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not sweep the mail outbox", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write to the mail outbox", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
