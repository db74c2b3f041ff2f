package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.AtOnce;
import dev.bookspace.testing.FullStack;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The token buckets every node shares in PostgreSQL (the API keys' limit, the webhook replays'): requests
 * of a key arriving together before its bucket exists are each counted, none failed by the store.
 */
@FullStack
class SharedBucketsIT {

    private final String limit = "burst-" + UUID.randomUUID();

    @Test
    void aFirstBurstOnAKeyIsCountedInFull() throws Exception {
        // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the modules' beans.
        TokenBuckets<String> buckets = CDI.current().select(SharedBuckets.class).get().named(limit, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(100).refillGreedy(100, Duration.ofMinutes(1)).build())
                .build());

        for (int key = 1; key <= 20; key++) {
            String fresh = "key-" + key;
            assertThat(AtOnce.run(16, attempt -> buckets.retryAfter(fresh))).as("key %d", key).containsOnly(OptionalLong.empty());
        }
    }

    @AfterEach
    void forgetTheBuckets() throws SQLException, NamingException {
        DataSource dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/BookingDS");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM rate_limit_buckets WHERE id LIKE ?")) {
            statement.setString(1, limit + ":%");
            statement.executeUpdate();
        }
    }
}
