package dev.bookspace.operations;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every connection of the server's pool taken, as by slow queries holding them: other requests are told 503
 * with Retry-After within two seconds (the pool's blocking timeout, configure-server.cli), instead of hanging
 * until the client gives up. Runs inside the server, which is where the pool is.
 */
@FullStack
class PoolExhaustionIT {

    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    private final ApiClient client = new ApiClient(Pages.BASE_URL);

    @Test
    void withEveryPooledConnectionHeldPagesAndApiAnswer503WithinTwoSeconds() throws NamingException, SQLException {
        Organisation org = fixtures.organisation("Crowded Court");
        fixtures.item(org, "Busy Room");
        String key = fixtures.apiKey(org);
        String rooms = Pages.roomsPath(org, JAN_1, JAN_3);
        String items = "/api/v3/organisations/" + org.id() + "/items";
        assertThat(client.get(items).key(key).send().status()).isEqualTo(200);
        DataSource pool = InitialContext.doLookup("java:jboss/datasources/BookingDS");

        List<Connection> held = new ArrayList<>();
        try {
            holdEveryConnection(pool, held);

            assertPromptlyUnavailable(client.get(rooms));
            assertPromptlyUnavailable(client.get(items).key(key));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(client.get(rooms).send().status()).as("once the connections are free again").isEqualTo(200);
    }

    private static void assertPromptlyUnavailable(ApiClient.Request request) {
        long start = System.nanoTime();
        Exchange answer = request.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isPresent();
        assertThat(took).as("answered in " + took.toMillis() + " ms").isLessThan(PROMPTLY);
    }

    /** Takes connections until the pool has none left to give (it refuses after its blocking timeout). */
    private static void holdEveryConnection(DataSource pool, List<Connection> held) {
        while (held.size() < 1000) {
            try {
                held.add(pool.getConnection());
            } catch (SQLException exhausted) {
                assertThat(held).as("connections held when the pool refused").hasSizeGreaterThan(1);
                return;
            }
        }
        throw new AssertionError("The pool handed out a thousand connections: it has no bound");
    }
}
