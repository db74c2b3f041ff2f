package dev.bookspace.booking;

import dev.bookspace.tenancy.Scope;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every night, forgets the guests whose last stay ended longer ago than their organisation keeps
 * guests' details (Settings), organisation by organisation, each in its own transaction, so one
 * organisation's failure does not stop the others. Finding the organisations that set a retention is
 * the one cross-tenant read, and it reads only their ids.
 */
@Singleton
public class GuestRetentionJob {

    private static final Logger LOG = Logger.getLogger(GuestRetentionJob.class.getName());

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @EJB
    private GuestDataService guestData;

    @Schedule(hour = "3", minute = "37", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void anonymiseLapsedGuests() {
        for (long organisation : organisationsKeepingGuestsForAWhile()) {
            try {
                int anonymised = guestData.anonymiseLapsedGuests(Scope.systemOf(organisation, "guest retention"));
                LOG.fine(() -> "Anonymised " + anonymised + " bookings of organisation " + organisation);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not anonymise the lapsed guests of organisation " + organisation
                        + "; trying again tomorrow", e);
            }
        }
    }

    private List<Long> organisationsKeepingGuestsForAWhile() {
        List<Long> organisations = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM organisations WHERE guest_retention_months IS NOT NULL")) {
            while (rows.next()) {
                organisations.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for organisations that keep guests for a while; trying again tomorrow", e);
        }
        return organisations;
    }
}
