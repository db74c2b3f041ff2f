package dev.bookspace.devserver;

import dev.bookspace.testing.DatabaseEndpoint;
import dev.bookspace.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Bookspace for a person to use: the database ({@code BOOKING_DB_URL}, or an embedded
 * PostgreSQL kept in {@code booking-ear/target/dev-postgres}), a local mail catcher (its messages go
 * to {@code booking-ear/target/dev-mail}), the server the build configured with the EAR deployed, and
 * a demo organisation. Ctrl-C stops the server, the mail catcher and the embedded database.
 *
 * <p>The server runs from its own base directory, so its deployment never meets the tests'.
 */
public final class DevServer {

    private static final String BASE_URL = "http://localhost:8080";

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path wildfly = Path.of(System.getProperty("wildfly.home"));
        Path target = wildfly.getParent();
        DatabaseEndpoint database = TestDatabase.fromEnvironment() != null
                ? TestDatabase.fromEnvironment()
                : TestDatabase.embedded(target.resolve("dev-postgres"));

        CaughtMail mail = new CaughtMail(target.resolve("dev-mail"));
        int smtpPort = mail.start();

        Path base = prepareBaseDirectory(wildfly, target.resolve("dev-server"), Path.of(System.getProperty("booking.ear")));
        Process server = start(wildfly, base, database, smtpPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));

        if (!awaitDeployment(base.resolve("deployments"), server)) {
            System.err.println("Bookspace did not deploy; see " + base.resolve("log/server.log"));
            System.exit(1);
        }
        long demo = DemoData.seedIfMissing(database);
        printWelcome(database, demo, base, mail.folder());
        int exit = server.waitFor();
        // A server stopped from outside (its PID killed, say) ends the run too: the mail catcher's threads would
        // keep Maven waiting otherwise. Exiting runs the hooks Ctrl-C runs, the embedded database's included.
        System.out.println("WildFly stopped (exit " + exit + "); see " + base.resolve("log/server.log"));
        System.exit(exit);
    }

    /** A fresh copy of the configured server's standalone directory, with the EAR to deploy. */
    private static Path prepareBaseDirectory(Path wildfly, Path base, Path ear) throws IOException {
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path configuration = wildfly.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = base.resolve("configuration").resolve(configuration.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.createDirectories(base.resolve("log"));
        Files.copy(ear, base.resolve("deployments/booking-ear.ear"), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    private static Process start(Path wildfly, Path base, DatabaseEndpoint database, int smtpPort) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(wildfly.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base)
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("log/console.log").toFile());
        builder.environment().put("BOOKING_DB_URL", database.url());
        builder.environment().put("BOOKING_DB_USER", database.user());
        builder.environment().put("BOOKING_DB_PASSWORD", database.password());
        builder.environment().put("BOOKING_SMTP_HOST", "127.0.0.1");
        builder.environment().put("BOOKING_SMTP_PORT", String.valueOf(smtpPort));
        builder.environment().put("BOOKING_PUBLIC_URL", BASE_URL);
        // A developer's webhook receiver runs on their own machine; production allows public addresses only.
        builder.environment().put("BOOKING_OUTBOUND_ALLOW_LOOPBACK", "true");
        // Plain HTTP on localhost: a Secure session cookie would never come back, and no one could sign in.
        builder.environment().put("BOOKING_SECURE_COOKIES", "false");
        System.out.println("Starting WildFly on " + database.url() + " ...");
        return builder.start();
    }

    /** The deployment scanner's marker files say whether the EAR deployed. */
    private static boolean awaitDeployment(Path deployments, Process server) throws InterruptedException {
        for (int waited = 0; waited < 300 && server.isAlive(); waited++) {
            if (Files.exists(deployments.resolve("booking-ear.ear.deployed"))) {
                return true;
            }
            if (Files.exists(deployments.resolve("booking-ear.ear.failed"))) {
                return false;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    /** standalone.sh starts the JVM as a child: stop the JVM by its own PID, then the script. */
    private static void stop(Process server) {
        server.descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printWelcome(DatabaseEndpoint database, long demoOrganisation, Path base, Path mail) {
        LocalDate checkIn = LocalDate.now().plusDays(7);
        String stay = "check_in=" + checkIn + "&checkout=" + checkIn.plusDays(2);
        System.out.println("""

                Bookspace is running.
                  Rooms page:  %s/demo/rooms?%s
                  Dashboard:   %s/dashboard/ (owner@demo.bookspace.local or staff@demo.bookspace.local,
                               password harbour-house-demo)
                  API:         %s/api/v3/organisations/%d/items?%s
                               with the header "Authorization: Bearer bk_demo_harbour_house_0000000000"
                  API docs:    %s/api/v3/docs (the OpenAPI document is %s/api/v3/openapi)
                  Database:    %s (user %s)
                  Mail:        caught locally, written to %s
                  Server log:  %s
                  Health:      http://localhost:9990/health/ready, metrics http://localhost:9990/metrics
                Press Ctrl-C to stop.
                """.formatted(BASE_URL, stay, BASE_URL, BASE_URL, demoOrganisation, stay, BASE_URL, BASE_URL, database.url(), database.user(), mail,
                base.resolve("log/server.log")));
    }

    /** The demo organisation "demo": rooms, add-ons and bookings around today, made once. */
    static final class DemoData {

        private DemoData() {
        }

        static long seedIfMissing(DatabaseEndpoint database) throws SQLException {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                if (!demoId(statement).isPresent()) {
                    statement.execute(script());
                }
                return demoId(statement).orElseThrow();
            }
        }

        private static OptionalLong demoId(Statement statement) throws SQLException {
            try (ResultSet row = statement.executeQuery("SELECT id FROM organisations WHERE identifier = 'demo'")) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }

        private static String script() {
            try (InputStream sql = DevServer.class.getResourceAsStream("/devserver/demo-data.sql")) {
                return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
