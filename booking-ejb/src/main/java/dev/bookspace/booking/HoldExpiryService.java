package dev.bookspace.booking;

import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/**
 * Expires unpaid holds whose time has passed, so an abandoned checkout never blocks a room. It runs
 * in its own transaction: the expiry stands even when the booking that triggered it then loses.
 */
@Stateless
@TenantScoped
public class HoldExpiryService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    private static final String EXPIRE_BOOKINGS = """
            UPDATE Booking b SET b.status = dev.bookspace.booking.BookingStatus.EXPIRED
            WHERE b.status = dev.bookspace.booking.BookingStatus.UNPAID AND b.holdExpiresAt < :now""";
    private static final String EXPIRE_BOOKING_ITEMS = """
            UPDATE BookingItem bi SET bi.bookingStatus = dev.bookspace.booking.BookingStatus.EXPIRED
            WHERE bi.bookingStatus = dev.bookspace.booking.BookingStatus.UNPAID AND bi.holdExpiresAt < :now""";

    /** Each hold's history says when it expired and queues BookingNotice.EXPIRED; native, as JPQL has no INSERT … SELECT. */
    private static final String RECORD_EXPIRIES = """
            INSERT INTO booking_events (organisation_id, booking_id, happened_at, actor, description, notice, notice_pending)
            SELECT b.organisation_id, b.id, b.hold_expires_at, 'Bookspace', ?1, 'booking.expired', true FROM bookings b
            WHERE b.organisation_id = ?2 AND b.status = 'unpaid' AND b.hold_expires_at < ?3""";

    /** Expires the stale holds on one item, before a new booking of it; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireStaleHolds(Scope scope, long itemId, OffsetDateTime now) {
        recordExpiries(scope, now, " AND b.id IN (SELECT bi.booking_id FROM booking_items bi"
                + " WHERE bi.organisation_id = b.organisation_id AND bi.item_id = ?4)", itemId);
        int expired = entityManager.createQuery(EXPIRE_BOOKINGS
                        + " AND b.id IN (SELECT bi.booking.id FROM BookingItem bi WHERE bi.item.id = :itemId)")
                .setParameter("now", now)
                .setParameter("itemId", itemId)
                .executeUpdate();
        entityManager.createQuery(EXPIRE_BOOKING_ITEMS + " AND bi.item.id = :itemId")
                .setParameter("now", now)
                .setParameter("itemId", itemId)
                .executeUpdate();
        return expired;
    }

    /** Expires every stale hold of the organisation; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireStaleHolds(Scope scope, OffsetDateTime now) {
        recordExpiries(scope, now, "", null);
        int expired = entityManager.createQuery(EXPIRE_BOOKINGS).setParameter("now", now).executeUpdate();
        entityManager.createQuery(EXPIRE_BOOKING_ITEMS).setParameter("now", now).executeUpdate();
        return expired;
    }

    private void recordExpiries(Scope scope, OffsetDateTime now, String narrowing, Long itemId) {
        var insert = entityManager.createNativeQuery(RECORD_EXPIRIES + narrowing)
                .setParameter(1, Booking.HOLD_EXPIRED)
                .setParameter(2, scope.organisationId())
                .setParameter(3, now);
        if (itemId != null) {
            insert.setParameter(4, itemId);
        }
        insert.executeUpdate();
    }
}
