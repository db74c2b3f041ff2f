package dev.bookspace.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deletes a table's rows that are done with, {@link #BATCH} at a time, each batch its own statement
 * and commit: a backlog of millions (a first sweep, a sweep after downtime) never becomes one long
 * transaction that locks them all and keeps the whole delete's dead rows from vacuum.
 *
 * @param table the table
 * @param oldEnough the rows to delete, a condition with one parameter: the moment they must be older than
 */
public record AgeSweep(String table, String oldEnough) {

    static final int BATCH = 10_000;

    /** Answers how many rows it deleted. */
    public int deleteOlderThan(DataSource dataSource, Instant moment) throws SQLException {
        String delete = "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table + " WHERE " + oldEnough
                + " LIMIT " + BATCH + ")";
        int swept = 0;
        int deleted;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(delete)) {
            do {
                statement.setTimestamp(1, Timestamp.from(moment));
                deleted = statement.executeUpdate();
                swept += deleted;
            } while (deleted == BATCH);
        }
        return swept;
    }
}
