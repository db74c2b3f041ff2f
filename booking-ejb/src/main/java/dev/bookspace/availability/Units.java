package dev.bookspace.availability;

import dev.bookspace.shared.StayPeriod;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.List;

/**
 * Chooses the unit a stay or closed nights occupy in a room of several identical units (V37). The exclusion
 * constraint, per unit, stays the guarantee; this only makes concurrent bookings of one room take different units
 * instead of failing on the same one. Each writer locks the room for the rest of its transaction
 * ({@code pg_advisory_xact_lock}) before reading which units are free: a second booking waits for the first to commit
 * and then sees its unit taken, so eight guests after the last three units of a room give exactly three bookings.
 * Writers lock rooms in the order of their ids, as a booking lists its rooms, so two never deadlock on each other.
 */
public final class Units {

    /** The lock of one room of one organisation; the text keeps it apart from any other use of advisory locks. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('item_units/' || ?1 || '/' || ?2, 0))";

    /**
     * The room's units, lowest first, that no occupying row other than {@code ?5} overlaps in {@code [?3, ?4)}. The
     * statuses are the exclusion constraint's, lapsed holds included: the constraint counts them until they are marked
     * expired (the booking path expires them first). One probe of the constraint's index, keyed by room and unit.
     */
    private static final String FREE_UNITS = """
            SELECT u.number FROM item_units u JOIN items i ON i.organisation_id = u.organisation_id AND i.id = u.item_id
            WHERE u.organisation_id = ?1 AND u.item_id = ?2 AND u.number <= i.units
            AND NOT EXISTS (
                SELECT 1 FROM booking_items bi
                WHERE bi.organisation_id = ?1 AND bi.item_id = ?2 AND bi.unit = u.number
                AND bi.booking_status IN ('unpaid', 'paid', 'complete', 'blocked')
                AND bi.date_range && daterange(?3, ?4) AND bi.id <> ?5)
            ORDER BY u.number""";

    private Units() {
    }

    /** Holds the room for this transaction: other writers choosing a unit of it wait for its commit. */
    public static void lock(EntityManager entityManager, long organisationId, long itemId) {
        entityManager.createNativeQuery(LOCK).setParameter(1, organisationId).setParameter(2, itemId).getResultList();
    }

    /**
     * The units of the room free for every night of {@code stay}, lowest first, not counting the row
     * {@code exceptRow} (a stay being moved), or none.
     */
    public static List<Integer> free(EntityManager entityManager, long organisationId, long itemId, StayPeriod stay,
            Long exceptRow) {
        return entityManager.createNativeQuery(FREE_UNITS)
                .setParameter(1, organisationId)
                .setParameter(2, itemId)
                .setParameter(3, Date.valueOf(stay.checkIn()))
                .setParameter(4, Date.valueOf(stay.checkout()))
                .setParameter(5, exceptRow == null ? 0L : exceptRow)
                .getResultList().stream().map(number -> ((Number) number).intValue()).toList();
    }

    /** The lowest unit free for {@code stay} after locking the room, or 1 (which the exclusion constraint then refuses). */
    public static int lowestFree(EntityManager entityManager, long organisationId, long itemId, StayPeriod stay,
            Long exceptRow) {
        lock(entityManager, organisationId, itemId);
        return free(entityManager, organisationId, itemId, stay, exceptRow).stream().findFirst().orElse(1);
    }
}
