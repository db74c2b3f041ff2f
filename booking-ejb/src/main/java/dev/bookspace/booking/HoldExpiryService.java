package dev.bookspace.booking;

import dev.bookspace.operations.Meter;
import dev.bookspace.operations.Metered;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/**
 * Expires unpaid holds whose time has passed, so an abandoned checkout never blocks a room.
 *
 * <p>One statement does it all: the bookings, their booking items, a history line each that
 * queues {@link BookingNotice#EXPIRED}, and an audit event each, as {@link dev.bookspace.audit.AuditTrail}
 * would write it, naming Bookspace's hold expiry as the actor (also when a new booking of the item
 * prompted it: the guest booking did not expire anyone's hold, the hold's time did). Native SQL, as JPQL has neither {@code RETURNING} nor
 * {@code INSERT … SELECT}; the entities involved are not in the shared cache, so nothing goes stale.
 */
@Stateless
@TenantScoped
public class HoldExpiryService {

    private static final String EXPIRE = """
            WITH stale AS (
                UPDATE bookings b SET status = 'expired'
                WHERE b.organisation_id = ?1 AND b.status = 'unpaid' AND b.hold_expires_at < ?2%s
                RETURNING b.id, b.hold_expires_at, b.reference),
            freed AS (
                UPDATE booking_items bi SET booking_status = 'expired'
                FROM stale WHERE bi.organisation_id = ?1 AND bi.booking_id = stale.id),
            audited AS (
                INSERT INTO audit_events (organisation_id, occurred_at, actor_kind, actor_label, subject_kind, subject_id,
                    subject_label, action, before, after)
                SELECT ?1, ?2, 'system', 'hold expiry', 'booking', stale.reference, stale.reference || ', ' || (
                        SELECT string_agg(i.title || ', ' || lower(bi.date_range) || ' to ' || upper(bi.date_range), '; '
                            ORDER BY bi.id)
                        FROM booking_items bi JOIN items i ON i.organisation_id = bi.organisation_id AND i.id = bi.item_id
                        WHERE bi.organisation_id = ?1 AND bi.booking_id = stale.id),
                    'booking.expired', '{"status": "unpaid"}', '{"status": "expired"}'
                FROM stale)
            INSERT INTO booking_events (organisation_id, booking_id, happened_at, actor, description, notice, notice_pending)
            SELECT ?1, stale.id, stale.hold_expires_at, 'Bookspace', ?3, 'booking.expired', true FROM stale""";
    private static final String ON_ITEM = """

                  AND b.id IN (SELECT bi.booking_id FROM booking_items bi WHERE bi.organisation_id = ?1
                      AND bi.item_id = ?4 AND bi.booking_status = 'unpaid' AND bi.hold_expires_at < ?2)""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /**
     * Expires the stale holds on one item, in the transaction of a new booking of it, just before its
     * insert; answers how many. If that booking then loses, the expiry is undone with it and left to
     * the job: until then the availability query already counts a stale hold as free.
     */
    @Metered(Meter.EXPIRED_HOLDS)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int expireStaleHolds(Scope scope, long itemId, OffsetDateTime now) {
        return entityManager.createNativeQuery(EXPIRE.formatted(ON_ITEM))
                .setParameter(1, scope.organisationId())
                .setParameter(2, now)
                .setParameter(3, Booking.HOLD_EXPIRED)
                .setParameter(4, itemId)
                .executeUpdate();
    }

    /** Expires every stale hold of the organisation; answers how many. */
    @Metered(Meter.EXPIRED_HOLDS)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireStaleHolds(Scope scope, OffsetDateTime now) {
        return entityManager.createNativeQuery(EXPIRE.formatted(""))
                .setParameter(1, scope.organisationId())
                .setParameter(2, now)
                .setParameter(3, Booking.HOLD_EXPIRED)
                .executeUpdate();
    }
}
