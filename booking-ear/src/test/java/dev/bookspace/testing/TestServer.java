package dev.bookspace.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where this test JVM's WildFly listens and keeps its files. Failsafe runs the full-stack tests in
 * two JVMs at once (booking-ear/pom.xml, {@code it.forks}), each with its own server, database, SMTP
 * server and Stripe stand-in; JVM n's server takes the port offset 100 × n, so the first listens on
 * 8180 and 10090 as before and neither collides with a running application on 8080. Each server
 * runs from its own copy of the build's {@code standalone} directory.
 */
public final class TestServer implements BeforeAllCallback {

    /** 100 × failsafe's fork number (1, 2), passed as {@code it.port.offset}; 100 when a test runs outside failsafe. */
    public static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 100);
    public static final int FORK = PORT_OFFSET / 100;
    public static final String BASE_URL = "http://localhost:" + (8080 + PORT_OFFSET);
    public static final String MANAGEMENT_URL = "http://localhost:" + (9990 + PORT_OFFSET);
    /** The server's base directory, a copy of the build's standalone directory made at each start. */
    public static final Path BASE_DIR = Path.of("target", "server-" + FORK).toAbsolutePath();
    public static final Path SERVER_LOG = BASE_DIR.resolve("log/server.log");

    @Override
    public void beforeAll(ExtensionContext context) {
        publishAsSystemProperties();
    }

    /** What arquillian.xml reads to start this JVM's server. */
    static synchronized void publishAsSystemProperties() {
        System.setProperty("it.port.offset", String.valueOf(PORT_OFFSET));
        System.setProperty("booking.port.offset", String.valueOf(PORT_OFFSET));
        System.setProperty("booking.management.port", String.valueOf(9990 + PORT_OFFSET));
        System.setProperty("booking.public.url", BASE_URL);
        System.setProperty("booking.server.base.dir", BASE_DIR.toString());
    }
}
