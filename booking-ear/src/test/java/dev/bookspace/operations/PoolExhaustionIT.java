package dev.bookspace.operations;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
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
    /** The tests' server, seen from inside it (Pages, the client side's helper, is not deployed). */
    private static final String BASE_URL = TestServer.BASE_URL;

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    @Test
    void withEveryPooledConnectionHeldPagesAndApiAnswer503WithinTwoSeconds() throws NamingException, SQLException, IOException {
        Organisation org = fixtures.organisation("Crowded Court");
        fixtures.item(org, "Busy Room");
        String key = fixtures.apiKey(org);
        String rooms = "/" + org.identifier() + "/rooms?check_in=" + JAN_1 + "&checkout=" + JAN_3;
        String items = "/api/v3/organisations/" + org.id() + "/items";
        assertThat(get(items, key).status()).isEqualTo(200);
        DataSource pool = InitialContext.doLookup("java:jboss/datasources/BookingDS");

        List<Connection> held = new ArrayList<>();
        try {
            holdEveryConnection(pool, held);

            assertPromptlyUnavailable(rooms, null);
            assertPromptlyUnavailable(items, key);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(get(rooms, null).status()).as("once the connections are free again").isEqualTo(200);
    }

    private static void assertPromptlyUnavailable(String path, String apiKey) throws IOException {
        long start = System.nanoTime();
        Answer answer = get(path, apiKey);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.retryAfter()).isNotBlank();
        assertThat(took).as("answered in " + took.toMillis() + " ms").isLessThan(PROMPTLY);
    }

    private record Answer(int status, String retryAfter) {
    }

    /** A GET from inside the server, where the tests' HTTP client is not deployed: the JDK's plainest one. */
    private static Answer get(String path, String apiKey) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(BASE_URL + path).toURL().openConnection();
        connection.setReadTimeout(30_000);
        if (apiKey != null) {
            connection.setRequestProperty("Authorization", "Bearer " + apiKey);
        }
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.readAllBytes();
            }
        }
        return new Answer(status, connection.getHeaderField("Retry-After"));
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
