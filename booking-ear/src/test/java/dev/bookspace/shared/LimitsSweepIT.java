package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hourly sweep forgets the abuse limits' counts once their window has passed, and keeps the live ones. */
@FullStack
class LimitsSweepIT {

    private final String mark = "sweep-" + UUID.randomUUID() + "-";
    private DataSource dataSource;


    @BeforeEach
    void database() throws NamingException {
        dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/BookingDS");
    }

    @Test
    void forgetsCountsAndPuzzlesNoLongerNeededAndKeepsTheLiveOnes() throws SQLException {
        Instant now = Instant.now();
        sql("INSERT INTO public_booking_counts (counter, bookings, window_started) VALUES (?, 3, ?), (?, 3, ?)",
                mark + "yesterday", Timestamp.from(now.minus(Duration.ofDays(1))), mark + "this-hour", Timestamp.from(now));
        sql("INSERT INTO sign_in_failures (address, failures, window_started, refused_until) VALUES (?, 20, ?, NULL), "
                        + "(?, 20, ?, ?), (?, 4, ?, NULL)",
                mark + "failed-yesterday", Timestamp.from(now.minus(Duration.ofDays(1))),
                mark + "still-refused", Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now.plus(Duration.ofMinutes(5))),
                mark + "failing-now", Timestamp.from(now));
        sql("INSERT INTO spent_challenges (challenge, expires_at) VALUES (?, ?), (?, ?)",
                mark + "expired", Timestamp.from(now.minusSeconds(1)), mark + "valid", Timestamp.from(now.plus(Duration.ofMinutes(20))));

        // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the modules' beans.
        CDI.current().select(LimitsSweep.class).get().sweep();

        assertThat(marked("SELECT counter FROM public_booking_counts")).containsExactly(mark + "this-hour");
        assertThat(marked("SELECT address FROM sign_in_failures")).containsExactlyInAnyOrder(mark + "still-refused", mark + "failing-now");
        assertThat(marked("SELECT challenge FROM spent_challenges")).containsExactly(mark + "valid");
    }

    @AfterEach
    void forgetWhatThisTestMade() throws SQLException {
        sql("DELETE FROM public_booking_counts WHERE counter LIKE ?", mark + "%");
        sql("DELETE FROM sign_in_failures WHERE address LIKE ?", mark + "%");
        sql("DELETE FROM spent_challenges WHERE challenge LIKE ?", mark + "%");
    }

    private List<String> marked(String select) throws SQLException {
        String column = select.substring("SELECT ".length(), select.indexOf(' ', "SELECT ".length()));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(select + " WHERE " + column + " LIKE ?")) {
            statement.setString(1, mark + "%");
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private void sql(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
