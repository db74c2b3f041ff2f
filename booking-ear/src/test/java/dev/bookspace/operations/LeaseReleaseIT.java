package dev.bookspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.LeasedRows;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.TestDatabase;
import dev.bookspace.testing.TestMail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server stopping gracefully hands back the mail it claimed and had not sent, so another server sends it at
 * once rather than when the five-minute lease ends. The test plays the stopping server (it claims the mail and
 * releases it with the jobs' own {@link LeasedRows}); the running server's mail job is the other one.
 */
@FullStack
@RunAsClient
class LeaseReleaseIT {

    private final DataSource database = TestDatabase.endpoint().dataSource();
    private final String recipient = "leased-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    @AfterEach
    void deleteTheMail() throws SQLException {
        update("DELETE FROM mail_outbox WHERE recipient = ?", recipient);
    }

    @Test
    void aMailHandedBackByAStoppingServerIsSentByAnotherAtOnce() throws Exception {
        OffsetDateTime leaseEnd = LeasedRows.leaseTime(OffsetDateTime.now(ZoneOffset.UTC)).plusMinutes(5);
        long mail = leasedMail(leaseEnd);
        LeasedRows stoppingServer = LeasedRows.attemptsOf("mail_outbox");
        stoppingServer.held(List.of(mail), leaseEnd);
        Thread.sleep(2_500);
        assertThat(TestMail.to(recipient)).as("leased: the other server leaves it alone").isEmpty();

        assertThat(stoppingServer.releaseAll(database, OffsetDateTime.now(ZoneOffset.UTC))).isEqualTo(1);

        assertThat(TestMail.awaitBody(recipient, "Handed back")).contains("Sent by the other server");
        assertThat(stoppingServer.size()).isZero();
        assertThat(attempts(mail)).as("the attempt the stopping server never made is not counted").isEqualTo(1);
    }

    @Test
    void aMailLeasedAgainByAnotherServerIsNotHandedBack() throws Exception {
        OffsetDateTime ourLeaseEnd = LeasedRows.leaseTime(OffsetDateTime.now(ZoneOffset.UTC)).plusMinutes(4);
        long mail = leasedMail(ourLeaseEnd.plusMinutes(1));
        LeasedRows stoppingServer = LeasedRows.attemptsOf("mail_outbox");
        stoppingServer.held(List.of(mail), ourLeaseEnd);

        assertThat(stoppingServer.releaseAll(database, OffsetDateTime.now(ZoneOffset.UTC))).isZero();

        Thread.sleep(2_000);
        assertThat(TestMail.to(recipient)).isEmpty();
    }

    /** A mail as a server leaves it when it has claimed it: pending, one attempt counted, due only when the lease ends. */
    private long leasedMail(OffsetDateTime leaseEnd) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at, attempts, last_attempt_at)
                     VALUES (?, 'Handed back', 'Sent by the other server.', now(), ?, 1, now()) RETURNING id""")) {
            insert.setString(1, recipient);
            insert.setObject(2, leaseEnd);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private int attempts(long mail) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT attempts FROM mail_outbox WHERE id = ?")) {
            select.setLong(1, mail);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void update(String sql, String value) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.executeUpdate();
        }
    }
}
