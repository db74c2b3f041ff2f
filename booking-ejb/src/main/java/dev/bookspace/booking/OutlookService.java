package dev.bookspace.booking;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Figures for the dashboard home, each one query in the database. The sums are native SQL with the
 * organisation's id bound explicitly, because EclipseLink's tenant filter does not reach native
 * queries.
 */
@Stateless
@TenantScoped
public class OutlookService {

    static final int DAYS = 30;
    static final int HOLDS_SHOWN = 10;

    /**
     * Room-nights of live blocking stays that fall inside [from, until). The blocking statuses are
     * spelt as the predicate of the index booking_items_blocking_range_idx (V5), so it serves this.
     * Closed dates occupy booking_items too (V16) but sell nothing: their nights, read from
     * room_blocks, come off the sum, which leaves the index's scan free of a filter it could not serve.
     */
    private static final String BOOKED_NIGHTS = """
            SELECT COALESCE(SUM(upper(taken) - lower(taken)), 0) - (
                SELECT COALESCE(SUM(upper(closed) - lower(closed)), 0) FROM (
                    SELECT date_range * daterange(?2, ?3) AS closed FROM room_blocks
                    WHERE organisation_id = ?1 AND date_range && daterange(?2, ?3)) blocks)
            FROM (
                SELECT date_range * daterange(?2, ?3) AS taken FROM booking_items
                WHERE organisation_id = ?1 AND booking_status NOT IN ('cancelled', 'expired')
                AND (hold_expires_at IS NULL OR hold_expires_at > ?4) AND date_range && daterange(?2, ?3)) stays""";

    /** Money in less refunds per day, the day as the organisation's clock tells it. */
    private static final String REVENUE_BY_DAY = """
            SELECT (recorded_at AT TIME ZONE ?2)::date AS day,
                   SUM(CASE kind WHEN 'refund' THEN -amount_minor ELSE amount_minor END)
            FROM booking_payments WHERE organisation_id = ?1 AND recorded_at >= ?3
            GROUP BY 1""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    public Outlook outlook(Scope scope) {
        if (!scope.isStaff()) {
            throw new NotFoundException("There is nothing to see here.");
        }
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        LocalDate today = organisation.today(clock);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        // A room of several units is as many rooms to fill.
        Number units = (Number) entityManager.createQuery("SELECT SUM(i.units) FROM Item i WHERE i.active = TRUE")
                .getSingleResult();
        long rooms = units == null ? 0 : units.longValue();
        return new Outlook(holds(organisation, today, now), bookedNights(scope, today, now), rooms * DAYS,
                revenue(scope, organisation, today));
    }

    private List<Outlook.Hold> holds(Organisation organisation, LocalDate today, OffsetDateTime now) {
        return entityManager.createQuery("""
                        SELECT bi FROM BookingItem bi JOIN bi.booking b
                        WHERE b.status = dev.bookspace.booking.BookingStatus.UNPAID AND b.holdExpiresAt > :now
                        ORDER BY b.holdExpiresAt, b.id""", BookingItem.class)
                .setParameter("now", now)
                .setMaxResults(HOLDS_SHOWN)
                .getResultStream()
                .map(item -> new Outlook.Hold(item.getBooking().getReference(), item.getBooking().getGuestName(),
                        item.getItem().getTitle(), item.getBooking().getHoldExpiresAt(),
                        StatusWords.of(item.getBooking(), organisation.zone(), today)))
                .toList();
    }

    private long bookedNights(Scope scope, LocalDate today, OffsetDateTime now) {
        Number nights = (Number) entityManager.createNativeQuery(BOOKED_NIGHTS)
                .setParameter(1, scope.organisationId())
                .setParameter(2, Date.valueOf(today))
                .setParameter(3, Date.valueOf(today.plusDays(DAYS)))
                .setParameter(4, now)
                .getSingleResult();
        return nights.longValue();
    }

    private List<Outlook.DayRevenue> revenue(Scope scope, Organisation organisation, LocalDate today) {
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Long> byDay = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery(REVENUE_BY_DAY)
                .setParameter(1, scope.organisationId())
                .setParameter(2, organisation.zone().getId())
                .setParameter(3, first.atStartOfDay(organisation.zone()).toOffsetDateTime())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byDay.put(((Date) columns[0]).toLocalDate(), ((Number) columns[1]).longValue());
        }
        return IntStream.range(0, DAYS)
                .mapToObj(first::plusDays)
                .map(day -> new Outlook.DayRevenue(day, new Money(byDay.getOrDefault(day, 0L), organisation.currency())))
                .toList();
    }
}
