package dev.bookspace.testing;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a PostgreSQL database answers.
 *
 * @param url the JDBC URL
 * @param user the user
 * @param password the password
 */
public record DatabaseEndpoint(String url, String user, String password) {

    /** A data source for fixtures on the client side of the tests. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** Hands the database to the server the way configure-server.cli reads it: as system properties. */
    void publishAsSystemProperties() {
        System.setProperty("booking.db.url", url);
        System.setProperty("booking.db.user", user);
        System.setProperty("booking.db.password", password);
    }
}
