package dev.bookspace.availability;

import dev.bookspace.booking.BookingStatus;
import dev.bookspace.catalog.Item;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.pricing.Pricing;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

/**
 * Answers which items are free for a stay. The query is one anti-join of the organisation's items
 * against its blocking booking items whose ranges overlap, served by the GiST index on
 * {@code (organisation_id, date_range)}; a probe per item would be ten times slower.
 */
@Stateless
@TenantScoped
public class AvailabilityService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    /**
     * The active items with no paid, complete or live unpaid booking overlapping the stay. Unpaid
     * holds past their expiry do not block, even before the expiry job has marked them.
     */
    public List<AvailableItem> listAvailableItems(Scope scope, LocalDate checkIn, LocalDate checkout) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        StayPeriod stay = StayPeriod.of(checkIn, checkout).requireBookableOn(organisation.today(clock));
        Currency currency = organisation.currency();
        return entityManager.createQuery("""
                SELECT i FROM Item i
                WHERE i.active = TRUE
                AND i.id NOT IN (
                    SELECT bi.item.id FROM BookingItem bi
                    WHERE bi.bookingStatus IN :blocking
                    AND (bi.holdExpiresAt IS NULL OR bi.holdExpiresAt > :now)
                    AND SQL('(? && daterange(?, ?))', bi.stay, :checkIn, :checkout))
                ORDER BY i.title, i.id""", Item.class)
                .setParameter("blocking", BookingStatus.BLOCKING)
                .setParameter("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("checkIn", stay.checkIn())
                .setParameter("checkout", stay.checkout())
                .getResultStream()
                .map(item -> {
                    ItemSummary summary = ItemSummary.of(item, currency);
                    return new AvailableItem(summary, stay, Pricing.stay(summary.nightlyPrice(), stay).total());
                })
                .toList();
    }
}
