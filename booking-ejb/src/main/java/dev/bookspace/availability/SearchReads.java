package dev.bookspace.availability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the guests' availability searches (the rooms page, the widget, the API's items) read: a PostgreSQL streaming
 * replica when {@code BOOKING_DB_READ_URL} is set (README, "Reads from a replica"), through the server's
 * {@code BookingReadDS}, a pool outside the transactions, since a replica takes no writes and has no part in
 * them; otherwise the primary, in the caller's transaction, as before. Only these searches: every write, every
 * booking's check (the exclusion constraint) and the free rooms offered after a refused booking read the primary.
 * A lagging replica can show a room free that was just booked; booking it is then refused by the primary.
 * The queries are native and name their organisation themselves, so they need no tenant filter either way.
 */
@ApplicationScoped
public class SearchReads {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    @Inject
    @ConfigProperty(name = "booking.db.read-url")
    private Optional<String> readUrl;

    @Resource(lookup = "java:jboss/datasources/BookingReadDS")
    private DataSource replica;

    /** Whether searches read the replica. */
    public boolean fromReplica() {
        return readUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /**
     * The rows of a native query whose parameters are numbered {@code ?1}, {@code ?2}... as JPA numbers them, each
     * row an {@code Object[]} as EclipseLink answers one: from the replica when there is one, else through
     * {@code primary}, in its transaction.
     */
    public List<?> rows(EntityManager primary, String sql, Object... parameters) {
        if (!fromReplica()) {
            Query query = primary.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        }
        Jdbc jdbc = Jdbc.of(sql, parameters);
        try (Connection connection = replica.getConnection();
             PreparedStatement statement = connection.prepareStatement(jdbc.sql())) {
            for (int i = 0; i < jdbc.bound().size(); i++) {
                statement.setObject(i + 1, jdbc.bound().get(i));
            }
            try (ResultSet found = statement.executeQuery()) {
                int columns = found.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (found.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = found.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            // DatabaseUnavailable finds a connection failure down the causes: a replica that is down answers 503.
            throw new IllegalStateException("Could not search the read replica", e);
        }
    }

    /** A query numbered as JPA numbers parameters, as JDBC takes it: one {@code ?} and one value for each place. */
    record Jdbc(String sql, List<Object> bound) {

        static Jdbc of(String numberedSql, Object... parameters) {
            // JDBC numbers the places of its parameters, not the parameters: ?1 used twice is bound twice.
            List<Object> bound = new ArrayList<>();
            Matcher numbered = NUMBERED.matcher(numberedSql);
            StringBuilder sql = new StringBuilder();
            while (numbered.find()) {
                bound.add(parameters[Integer.parseInt(numbered.group(1)) - 1]);
                numbered.appendReplacement(sql, "?");
            }
            numbered.appendTail(sql);
            return new Jdbc(sql.toString(), bound);
        }
    }
}
