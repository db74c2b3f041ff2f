package dev.bookspace.booking;

import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.pricing.Pricing;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Takes bookings. The database's exclusion constraint on {@code booking_items} is what makes double
 * booking impossible, across threads and nodes; this service turns its refusal into a
 * {@link BookingConflictException} and leaves nothing behind.
 */
@Stateless
@TenantScoped
public class BookingService {

    /** PostgreSQL's exclusion_violation. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private HoldExpiryService holdExpiry;

    private final Clock clock = Clock.systemUTC();

    /** Holds an item for a stay, unpaid until the organisation's hold time has passed. */
    public BookingSummary hold(Scope scope, HoldRequest request) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        Item item = entityManager.find(Item.class, request.itemId());
        if (item == null || !item.isActive()) {
            throw new NotFoundException("There is no room " + request.itemId() + " to book.");
        }
        request.stay().requireBookableOn(organisation.today(clock));
        if (request.guests() < 1 || request.guests() > item.getCapacity()) {
            throw new InvalidRequestException("guests",
                    item.getTitle() + " takes 1 to " + item.getCapacity() + " guests.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        holdExpiry.expireStaleHolds(scope, item.getId(), now);

        Booking booking = Booking.hold(BookingReference.next(), item, request.stay(), request.guests(),
                request.guestName(), request.guestEmail(),
                Pricing.stay(item.nightlyPrice(organisation.currency()), request.stay()).total(),
                now, now.plusMinutes(organisation.getHoldMinutes()));
        try {
            entityManager.persist(booking);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (hasSqlState(e, EXCLUSION_VIOLATION)) {
                throw new BookingConflictException(item.getTitle() + " was just booked for some of those nights.", e);
            }
            throw e;
        }
        return BookingSummary.of(booking);
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
