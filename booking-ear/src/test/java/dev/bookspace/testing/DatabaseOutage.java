package dev.bookspace.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL out of the server's reach, as during a restart, while the test keeps its own way in: the test
 * database refuses new connections and every other connection to it is cut (pg_terminate_backend, what a
 * restart does to them). Works on any of TestDatabase's databases and takes milliseconds, where stopping the
 * embedded server and starting it again on the same port would take seconds. Closing it lets connections in again.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final Connection admin;
    private final String database;

    private DatabaseOutage(Connection admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    public static DatabaseOutage begin() {
        DatabaseEndpoint test = TestDatabase.endpoint();
        try {
            String database;
            try (Connection connection = test.dataSource().getConnection()) {
                database = connection.getCatalog();
            }
            // From the server's own maintenance database: PostgreSQL will not shut the current database's door.
            Connection admin = new DatabaseEndpoint(test.url().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"), test.user(),
                    test.password()).dataSource().getConnection();
            DatabaseOutage outage = new DatabaseOutage(admin, database);
            outage.allowConnections(false);
            try (PreparedStatement cut = admin.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                cut.setString(1, database);
                cut.executeQuery().close();
            }
            return outage;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the test database away", e);
        }
    }

    /** The database answers again; the test's connection, the one way in meanwhile, closes. */
    @Override
    public void close() {
        try (admin) {
            allowConnections(true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the test database back", e);
        }
    }

    private void allowConnections(boolean allowed) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE \"" + database.replace("\"", "\"\"") + "\" WITH ALLOW_CONNECTIONS " + allowed);
        }
    }
}
