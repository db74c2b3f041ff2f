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

    /** Expires the stale holds on one item; answers how many booking rows changed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireStaleHolds(Scope scope, long itemId, OffsetDateTime now) {
        int bookings = entityManager.createQuery("""
                UPDATE Booking b SET b.status = dev.bookspace.booking.BookingStatus.EXPIRED
                WHERE b.status = dev.bookspace.booking.BookingStatus.UNPAID AND b.holdExpiresAt < :now
                AND b.id IN (SELECT bi.booking.id FROM BookingItem bi WHERE bi.item.id = :itemId)""")
                .setParameter("now", now)
                .setParameter("itemId", itemId)
                .executeUpdate();
        entityManager.createQuery("""
                UPDATE BookingItem bi SET bi.bookingStatus = dev.bookspace.booking.BookingStatus.EXPIRED
                WHERE bi.item.id = :itemId AND bi.bookingStatus = dev.bookspace.booking.BookingStatus.UNPAID
                AND bi.holdExpiresAt < :now""")
                .setParameter("now", now)
                .setParameter("itemId", itemId)
                .executeUpdate();
        return bookings;
    }
}
