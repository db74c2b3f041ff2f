package dev.bookspace.availability;

import dev.bookspace.catalog.ItemPage;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.pricing.Pricing;
import dev.bookspace.pricing.RateCard;
import dev.bookspace.pricing.RateService;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

/**
 * Answers which items are free for a stay. The query is one anti-join of the organisation's items
 * against its blocking booking items whose ranges overlap, served by the partial GiST index
 * {@code booking_items_blocking_range_idx} on {@code (organisation_id, date_range)} without reading
 * the table; a probe per item would be ten times slower. {@code NOT EXISTS} rather than
 * {@code NOT IN}: a hash anti-join that spills to disk, where a {@code NOT IN} whose blocked set
 * outgrows {@code work_mem} turns into a subquery per item.
 */
@Stateless
@TenantScoped
public class AvailabilityService {

    /**
     * The active items free for {@code [?3, ?4)}: no stay of theirs that is neither cancelled nor
     * expired overlaps it, unless it is an unpaid hold that lapsed before {@code ?2}. Native SQL, with
     * the organisation ({@code ?1}) bound explicitly on both tables, because EclipseLink's tenant filter
     * does not reach native queries. Native so that the statuses reach PostgreSQL as literals spelt as
     * the partial index's predicate (V5): EclipseLink binds the values of a JPQL query, and with the
     * statuses bound a generic plan, which pgjdbc switches to after a few executions, cannot use the
     * index. AvailabilityPlanIT explains both queries below, in both kinds of plan.
     */
    private static final String FREE_ITEMS = """
            SELECT i.id, i.title, i.description, i.capacity, i.nightly_price_minor FROM items i
            WHERE i.organisation_id = ?1 AND i.active
            AND NOT EXISTS (
                SELECT 1 FROM booking_items bi
                WHERE bi.organisation_id = ?1 AND bi.item_id = i.id
                AND bi.booking_status NOT IN ('cancelled', 'expired')
                AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > ?2)
                AND bi.date_range && daterange(?3, ?4))""";

    /** Every free item, by title: for staff choosing a room, and for a guest whose room was just taken. */
    public static final String AVAILABLE_ITEMS = FREE_ITEMS + "\nORDER BY i.title, i.id";

    /**
     * One page of free items by title, after the item {@code (?5, ?6)}, at most {@code ?7}: the public
     * rooms page and the API. {@code MATERIALIZED} keeps the one anti-join of {@link #AVAILABLE_ITEMS}
     * whatever indexes items get: given a limit and an index on items by title, the planner walks the
     * items in title order and rescans the organisation's overlapping stays for each (measured five times
     * slower on the 1,000-room benchmark organisation).
     */
    public static final String AVAILABLE_ITEMS_PAGE = "WITH free AS MATERIALIZED (\n" + FREE_ITEMS
            + "\nAND (i.title, i.id) > (?5, ?6))\nSELECT * FROM free ORDER BY title, id LIMIT ?7";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private RateService rateService;

    @EJB
    private StayRuleService stayRules;

    private final Clock clock = Clock.systemUTC();


    /**
     * The active items with no paid, complete or live unpaid booking overlapping the stay, when the
     * organisation takes the stay ({@link StayRuleException} otherwise, except for staff). Unpaid
     * holds past their expiry do not block, even before the expiry job has marked them.
     */
    public List<AvailableItem> listAvailableItems(Scope scope, LocalDate checkIn, LocalDate checkout) {
        Search search = new Search(scope, checkIn, checkout);
        return search.run(entityManager.createNativeQuery(AVAILABLE_ITEMS));
    }

    /** A page of {@link #listAvailableItems}, after the previous page's {@code cursor} (null for the first). */
    public ItemPage<AvailableItem> listAvailableItems(Scope scope, LocalDate checkIn, LocalDate checkout, String cursor,
            int limit) {
        ItemPage.After after = ItemPage.After.of(cursor);
        Search search = new Search(scope, checkIn, checkout);
        List<AvailableItem> found = search.run(entityManager.createNativeQuery(AVAILABLE_ITEMS_PAGE)
                .setParameter(5, after.title())
                .setParameter(6, after.id())
                .setParameter(7, ItemPage.requireLimit(limit) + 1));
        return ItemPage.of(found, limit, AvailableItem::item);
    }

    /** One search's stay, checked against the organisation's today, and the parameters both queries share. */
    private final class Search {

        private final Scope scope;
        private final StayPeriod stay;
        private final Currency currency;
        private final RateCard rates;

        Search(Scope scope, LocalDate checkIn, LocalDate checkout) {
            Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
            this.scope = scope;
            this.stay = StayPeriod.of(checkIn, checkout).requireBookableOn(organisation.today(clock));
            // The rules depend on the stay and the organisation alone: one check refuses the whole search before its query.
            stayRules.requireTaken(scope, stay);
            this.currency = organisation.currency();
            this.rates = rateService.rateCard(scope);
        }

        List<AvailableItem> run(Query query) {
            List<?> rows = query.setParameter(1, scope.organisationId())
                    .setParameter(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .setParameter(3, Date.valueOf(stay.checkIn()))
                    .setParameter(4, Date.valueOf(stay.checkout()))
                    .getResultList();
            return rows.stream().map(row -> available((Object[]) row)).toList();
        }

        private AvailableItem available(Object[] columns) {
            ItemSummary summary = new ItemSummary(((Number) columns[0]).longValue(), (String) columns[1],
                    (String) columns[2], ((Number) columns[3]).intValue(),
                    new Money(((Number) columns[4]).longValue(), currency));
            return new AvailableItem(summary, stay, Pricing.stayTotal(rates, summary.id(), summary.nightlyPrice(), stay),
                    Pricing.lowestNight(rates, summary.id(), summary.nightlyPrice(), stay));
        }
    }
}
