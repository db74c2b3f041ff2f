package dev.bookspace.calendarsync;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Finds the organisation whose room a feed URL's token belongs to, before any tenant is known: a
 * channel fetching the feed carries nothing else. One of the few global services; it reads only the
 * organisation's id, and the feed itself is then read within that organisation's scope.
 */
@Stateless
public class CalendarExportDirectory {

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    public Optional<Long> organisationOf(String token) {
        if (!RoomCalendarExport.couldBe(token)) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT organisation_id FROM room_calendar_exports WHERE token = ?")) {
            statement.setString(1, token);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up a calendar feed's token", e);
        }
    }
}
