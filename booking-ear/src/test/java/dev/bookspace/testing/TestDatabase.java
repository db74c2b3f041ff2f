package dev.bookspace.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The database of a test run (DESIGN.md section 7): {@code BOOKING_DB_URL} when set; otherwise a
 * Testcontainers PostgreSQL when a Docker engine answers; otherwise an embedded PostgreSQL 15 from
 * Maven Central. It starts once per JVM, before Arquillian starts the server, and publishes itself
 * as the system properties that arquillian.xml passes on to WildFly.
 */
public final class TestDatabase implements BeforeAllCallback {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());
    private static DatabaseEndpoint endpoint;

    @Override
    public void beforeAll(ExtensionContext context) {
        endpoint();
    }

    /** The run's database, started on first use. */
    public static synchronized DatabaseEndpoint endpoint() {
        if (endpoint == null) {
            endpoint = fromEnvironment() != null ? fromEnvironment() : dockerAnswers() ? container() : embedded(null);
            endpoint.publishAsSystemProperties();
            LOG.info(() -> "Test database: " + endpoint.url());
        }
        return endpoint;
    }

    /** {@code BOOKING_DB_URL}, with {@code BOOKING_DB_USER} and {@code BOOKING_DB_PASSWORD}, or null. */
    public static DatabaseEndpoint fromEnvironment() {
        String url = System.getenv("BOOKING_DB_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new DatabaseEndpoint(url, envOr("BOOKING_DB_USER", "postgres"), envOr("BOOKING_DB_PASSWORD", "postgres"));
    }

    /**
     * An embedded PostgreSQL 15 with a {@code bookspace} database. With a data directory it keeps its
     * data between runs; without one it starts empty. It stops when the JVM exits.
     */
    public static DatabaseEndpoint embedded(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres, "bookspace");
            return new DatabaseEndpoint(postgres.getJdbcUrl("postgres", "bookspace"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    private static DatabaseEndpoint container() {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:15-alpine").withDatabaseName("bookspace");
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop));
        return new DatabaseEndpoint(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + name + " database", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
