package dev.bookspace.availability;

import dev.bookspace.catalog.ItemPage;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.catalog.ItemTranslations;
import dev.bookspace.catalog.ItemWords;
import dev.bookspace.catalog.RoomFacts;
import dev.bookspace.catalog.RoomOrder;
import dev.bookspace.operations.Meter;
import dev.bookspace.operations.Metered;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.pricing.Pricing;
import dev.bookspace.pricing.RateCard;
import dev.bookspace.pricing.RateService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers which items are free for a stay. Every free item (staff choosing a room) is one anti-join of the
 * organisation's items against its blocking booking items whose ranges overlap, served by the partial GiST index
 * {@code booking_items_blocking_range_idx} on {@code (organisation_id, date_range)} without reading the table:
 * reading them all, that costs what the organisation holds. A page of them (the rooms page, the API) walks the rooms
 * in the page's order and asks each in turn, until the page is full: that costs what the page does
 * ({@link #AVAILABLE_ITEMS_PAGE}). {@code NOT EXISTS} rather than {@code NOT IN}: a hash anti-join that spills to
 * disk, where a {@code NOT IN} whose blocked set outgrows {@code work_mem} turns into a subquery per item.
 */
@Stateless
@TenantScoped
public class AvailabilityService {

    /**
     * The organisation's ({@code ?1}) rows of booking_items that occupy a unit in {@code [?3, ?4)}: neither cancelled
     * nor expired, nor an unpaid hold lapsed before {@code ?2}. The statuses are literals spelt as the partial index's
     * predicate (V5), so that every plan can read them through it.
     */
    private static final String BLOCKING_OVERLAP = "WHERE bi.organisation_id = ?1 AND bi.booking_status NOT IN ('cancelled', 'expired')"
            + " AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > ?2) AND bi.date_range && daterange(?3, ?4)";

    /**
     * The active items free for {@code [?3, ?4)}, each with how many of its units are: an item is free when fewer of
     * its units than it has are taken by a stay that is neither cancelled nor expired and overlaps the stay, unless
     * it is an unpaid hold that lapsed before {@code ?2}. The item's units (those up to its count: unit rows outlive a
     * lowered count) are anti-joined to the organisation's overlapping stays, read once, and the free ones counted per
     * item: no probe per item, and no sorting of the stays to count distinct taken units (that shape did about
     * three quarters of this one's pgbench throughput on both benchmark organisations, bench/NOTES-data.md). Native SQL, with the
     * organisation ({@code ?1}) bound explicitly on both tables, because EclipseLink's tenant filter does not reach
     * native queries. Native so that the statuses reach PostgreSQL as literals spelt as the partial index's predicate
     * (V5, which carries the unit since V37, so the anti-join reads it index-only): EclipseLink binds the values of a
     * JPQL query, and with the statuses bound a generic plan, which pgjdbc switches to after a few executions, cannot
     * use the index. AvailabilityPlanIT explains both queries below, in both kinds of plan.
     */
    private static final String FREE_ITEMS = """
            SELECT * FROM (
                SELECT i.id, i.title, i.description, i.capacity, i.nightly_price_minor,
                       i.beds, i.size_m2, i.amenities, i.check_in_from, i.check_out_until,
                       i.units, count(*) AS units_left
                FROM items i
                JOIN item_units u ON u.organisation_id = i.organisation_id AND u.item_id = i.id AND u.number <= i.units
                WHERE i.organisation_id = ?1 AND i.active
                AND NOT EXISTS (
                    SELECT 1 FROM booking_items bi
                    """ + BLOCKING_OVERLAP + """
                    AND bi.item_id = u.item_id AND bi.unit = u.number)
                GROUP BY i.organisation_id, i.id) i
            WHERE i.capacity >= ?5""";

    /** Every free item, by title: for staff choosing a room, and for a guest whose room was just taken. */
    public static final String AVAILABLE_ITEMS = FREE_ITEMS + "\nORDER BY i.title, i.id";

    /**
     * One page of free items by title, after the item {@code (?6, ?7)}, at most {@code ?8}: the public rooms page and
     * the API. The organisation's rooms are walked in the page's order from the cursor on ({@code items_by_title_idx}),
     * and each room's units asked in turn, until the page is full: the search costs the rooms walked to fill the page,
     * about the page's size divided by the share of rooms free, whatever the organisation holds (issue 17, target 1).
     * A unit is free when the last stay checking in before the checkout ({@code booking_items_unit_stays_idx}, V42,
     * one step back from {@code ?4}) has left by the check-in: the exclusion constraint keeps a unit's blocking stays
     * apart, so no earlier one can reach the stay. Unpaid holds lapsed before {@code ?2} are stepped over. The
     * statuses are spelt as the constraint's predicate, as the index's. Against {@link #AVAILABLE_ITEMS}, on the
     * benchmark's organisations nine tenths full: two to three times the searches a second on 10,000 rooms, a third
     * on 1,000, for stays of 1 to 14 nights; more on both for a night or two (bench/NOTES-data.md). AvailabilityPlanIT
     * explains it.
     */
    public static final String AVAILABLE_ITEMS_PAGE = page(RoomOrder.NAME);

    /**
     * {@link #AVAILABLE_ITEMS_PAGE} by the room's own nightly price, after {@code (?6, ?7)}: the same walk, over
     * {@code items_by_price_idx} (see {@link RoomOrder} for why not by the price the card shows).
     */
    public static final String AVAILABLE_ITEMS_BY_PRICE_PAGE = page(RoomOrder.PRICE);

    /** {@link #AVAILABLE_ITEMS_PAGE} largest first, rooms without a size last, over {@code items_by_size_idx}. */
    public static final String AVAILABLE_ITEMS_BY_SIZE_PAGE = page(RoomOrder.SIZE);

    private static String page(RoomOrder order) {
        return """
                SELECT i.id, i.title, i.description, i.capacity, i.nightly_price_minor,
                       i.beds, i.size_m2, i.amenities, i.check_in_from, i.check_out_until,
                       i.units, free.units AS units_left
                FROM items i CROSS JOIN LATERAL (
                    SELECT count(*) AS units FROM item_units u
                    WHERE u.organisation_id = i.organisation_id AND u.item_id = i.id AND u.number <= i.units
                    AND NOT EXISTS (
                        SELECT 1 FROM (
                            SELECT bi.date_range FROM booking_items bi
                            WHERE bi.organisation_id = i.organisation_id AND bi.item_id = i.id AND bi.unit = u.number
                            AND bi.booking_status IN ('unpaid', 'paid', 'complete', 'blocked')
                            AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > ?2)
                            AND lower(bi.date_range) < ?4
                            ORDER BY lower(bi.date_range) DESC LIMIT 1) latest
                        WHERE latest.date_range && daterange(?3, ?4))) free
                WHERE i.organisation_id = ?1 AND i.active AND i.capacity >= ?5 AND free.units > 0
                """ + "AND " + order.afterCondition("?6", "?7") + "\nORDER BY " + order.orderBy() + " LIMIT ?8";
    }

    /**
     * The active items not free for {@code [?3, ?4)}, each with whether every unit is taken, with those that sleep
     * fewer than {@code ?5} guests, or all when {@code ?6} (the stay breaks the stay rules), by title, at most
     * {@code ?7}: why a room is not offered. One query, as {@link #FREE_ITEMS}: the organisation's overlapping stays
     * read once, index-only through the same index (a lookup per room would be ten times slower), their units counted
     * per item; AvailabilityPlanIT explains it too. Whether a stay or closed dates take a room is read for the listed
     * rooms only, by {@link #NIGHTS_AROUND}: reading it here took every overlapping stay's row from the table, four
     * times this query's cost on the 10,000-room benchmark organisation. Run only when a page or the API asks.
     */
    public static final String UNAVAILABLE_ITEMS = """
            WITH taken AS MATERIALIZED (
                SELECT bi.item_id, count(DISTINCT bi.unit) AS units
                FROM booking_items bi
                """ + BLOCKING_OVERLAP + """
                GROUP BY bi.item_id)
            SELECT i.id, i.title, i.description, i.capacity, i.nightly_price_minor,
                   i.beds, i.size_m2, i.amenities, i.check_in_from, i.check_out_until, i.units,
                   coalesce(t.units >= i.units, false)
            FROM items i LEFT JOIN taken t ON t.item_id = i.id
            WHERE i.organisation_id = ?1 AND i.active AND (t.units >= i.units OR i.capacity < ?5 OR ?6)
            ORDER BY i.title, i.id LIMIT ?7""";

    /** How many days before or after the stay asked for the rooms page looks for a booked room's nearest free stay. */
    public static final int NEAR_DAYS = 14;

    /**
     * The stays and closed dates of {@code [?3, ?4)}, the search's nights widened by {@link #NEAR_DAYS} on each side,
     * of the rooms {@code ?5} (an array of ids: the listed rooms whose every unit is taken), each with its unit and
     * whether it is a stay (nights another channel's calendar took are one: the guest reads them as booked, not closed).
     * From them each room's reason (booked, closed) and a booked room's nearest free stay (some unit free) are found in
     * memory: one query for all the listed rooms, never a lookup per room. The statuses are spelt as the exclusion
     * constraint's predicate (V37), so that its index on (organisation, item, unit, nights) finds the listed rooms' rows
     * alone instead of every room's around the stay.
     */
    public static final String NIGHTS_AROUND = """
            SELECT bi.item_id, lower(bi.date_range), upper(bi.date_range), bi.unit,
                   bi.booking_status <> 'blocked' OR rb.source = 'feed'
            FROM booking_items bi
            LEFT JOIN room_blocks rb ON rb.organisation_id = bi.organisation_id AND rb.id = bi.block_id
            WHERE bi.organisation_id = ?1
            AND bi.booking_status IN ('unpaid', 'paid', 'complete', 'blocked')
            AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > ?2)
            AND bi.date_range && daterange(?3, ?4)
            AND bi.item_id = ANY(CAST(?5 AS bigint[]))""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private RateService rateService;

    @EJB
    private StayRuleService stayRules;

    @Inject
    private SearchReads reads;

    /** Guests when the search names none: every room sleeps at least one (items.capacity's check). */
    private static final int ANY_GUESTS = 1;

    private final Clock clock = Clock.systemUTC();


    /**
     * The active items with no paid, complete or live unpaid booking overlapping the stay, when the
     * organisation takes the stay ({@link StayRuleException} otherwise, except for staff). Unpaid
     * holds past their expiry do not block, even before the expiry job has marked them. Always from the primary,
     * never a replica ({@link SearchReads}): staff at the desk and a guest just refused a room are offered rooms
     * that are free now.
     */
    @Metered(Meter.SEARCH)
    public List<AvailableItem> listAvailableItems(Scope scope, LocalDate checkIn, LocalDate checkout) {
        Search search = new Search(scope, checkIn, checkout, ANY_GUESTS, true);
        return search.available(search.run(entityManager.createNativeQuery(AVAILABLE_ITEMS)));
    }

    /** A page of {@link #listAvailableItems}, after the previous page's {@code cursor} (null for the first). */
    @Metered(Meter.SEARCH)
    public ItemPage<AvailableItem> listAvailableItems(Scope scope, LocalDate checkIn, LocalDate checkout, String cursor,
            int limit) {
        return listAvailableItems(scope, checkIn, checkout, null, cursor, limit);
    }

    /**
     * A page of the free items that sleep at least {@code guests} (null: any), after the previous page's
     * {@code cursor} (null for the first).
     */
    @Metered(Meter.SEARCH)
    public ItemPage<AvailableItem> listAvailableItems(Scope scope, LocalDate checkIn, LocalDate checkout, Integer guests,
            String cursor, int limit) {
        return listAvailableItems(scope, checkIn, checkout, guests, RoomOrder.NAME, cursor, limit);
    }

    /** As above, in {@code order}; the cursor must be one of a page in the same order. */
    @Metered(Meter.SEARCH)
    public ItemPage<AvailableItem> listAvailableItems(Scope scope, LocalDate checkIn, LocalDate checkout, Integer guests,
            RoomOrder order, String cursor, int limit) {
        ItemPage.After after = ItemPage.After.of(cursor, order);
        Search search = new Search(scope, checkIn, checkout, guests, true);
        String query = switch (order) {
            case NAME -> AVAILABLE_ITEMS_PAGE;
            case PRICE -> AVAILABLE_ITEMS_BY_PRICE_PAGE;
            case SIZE -> AVAILABLE_ITEMS_BY_SIZE_PAGE;
        };
        List<AvailableItem> found = search.available(search.read(query, after.boundKey(order), after.id(),
                ItemPage.requireLimit(limit) + 1));
        return ItemPage.of(found, limit, AvailableItem::item, order);
    }

    /**
     * The active items not offered for the stay, at most {@code limit} by title, each with why: a booking or a
     * live hold, closed dates, fewer beds than {@code guests} (null: any), and the stay rules the stay breaks,
     * which refuse every room alike (and then the nearest stay they take). A stay that breaks the rules is not
     * refused here: this is how a guest learns why nothing is offered.
     */
    public UnavailableItems listUnavailableItems(Scope scope, LocalDate checkIn, LocalDate checkout, Integer guests,
            int limit) {
        Search search = new Search(scope, checkIn, checkout, guests, false);
        List<StayRuleBreach> broken = scope.isStaff() ? List.of() : stayRules.breaches(scope, search.stay);
        List<?> rows = search.read(UNAVAILABLE_ITEMS, !broken.isEmpty(), ItemPage.requireLimit(limit) + 1);
        List<Object[]> listed = rows.stream().limit(limit).map(row -> (Object[]) row).toList();
        Map<Long, Map<Language, ItemWords>> translations = search.translations(listed);
        Map<Long, List<TakenUnit>> nights = search.nightsAround(listed.stream()
                .filter(row -> (Boolean) row[11]).map(row -> ((Number) row[0]).longValue()).toList());
        List<UnavailableItem> items = search.withNearestFreeStays(listed.stream()
                .map(row -> search.unavailable(row, nights, broken, translations)).toList(), nights);
        StayPeriod nearest = broken.isEmpty() ? null : stayRules.nearestStay(scope, search.stay).orElse(null);
        return new UnavailableItems(items, rows.size() > limit, broken, nearest);
    }

    /** A unit's stay or closed nights, as {@link #NIGHTS_AROUND} reads them; {@code booked} for a stay. */
    private record TakenUnit(int unit, StayPeriod nights, boolean booked) {
    }

    /** One search's stay, checked against the organisation's today, and the parameters both queries share. */
    private final class Search {

        private final Scope scope;
        private final StayPeriod stay;
        private final int guests;
        private final Currency currency;
        private final RateCard rates;

        /**
         * @param guests null for any number
         * @param judged whether the stay rules refuse the search here, before its query
         */
        Search(Scope scope, LocalDate checkIn, LocalDate checkout, Integer guests, boolean judged) {
            Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
            this.scope = scope;
            this.stay = StayPeriod.of(checkIn, checkout).requireBookableOn(organisation.today(clock));
            if (guests != null && guests < 1) {
                throw new InvalidRequestException("guests", "Guests must be at least 1; leave it empty for any number.")
                        .worded("search.guests");
            }
            this.guests = guests == null ? ANY_GUESTS : guests;
            if (judged) {
                // The rules depend on the stay and the organisation alone: one check refuses the whole search before its query.
                stayRules.requireTaken(scope, stay);
            }
            this.currency = organisation.currency();
            this.rates = rateService.rateCard(scope);
        }

        List<?> run(Query query) {
            return query.setParameter(1, scope.organisationId())
                    .setParameter(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .setParameter(3, Date.valueOf(stay.checkIn()))
                    .setParameter(4, Date.valueOf(stay.checkout()))
                    .setParameter(5, guests)
                    .getResultList();
        }

        /**
         * A guest's search, where {@link SearchReads} says (a replica when there is one), with the parameters
         * {@link #run} binds, then {@code more} from {@code ?6} on.
         */
        List<?> read(String sql, Object... more) {
            Object[] parameters = new Object[5 + more.length];
            parameters[0] = scope.organisationId();
            parameters[1] = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            parameters[2] = Date.valueOf(stay.checkIn());
            parameters[3] = Date.valueOf(stay.checkout());
            parameters[4] = guests;
            System.arraycopy(more, 0, parameters, 5, more.length);
            return reads.rows(entityManager, sql, parameters);
        }

        /** The free rooms of these rows, with their translations read in one query. */
        List<AvailableItem> available(List<?> rows) {
            Map<Long, Map<Language, ItemWords>> translations = translations(rows);
            return rows.stream().map(row -> available((Object[]) row, translations)).toList();
        }

        /** The translations of the rooms of these rows (their first column is the room's id). */
        Map<Long, Map<Language, ItemWords>> translations(List<?> rows) {
            return ItemTranslations.of(entityManager, rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue())
                    .toList());
        }

        private AvailableItem available(Object[] row, Map<Long, Map<Language, ItemWords>> translations) {
            ItemSummary summary = summary(row, translations);
            return new AvailableItem(summary, stay, Pricing.stayTotal(rates, summary.id(), summary.nightlyPrice(), stay),
                    Pricing.lowestNight(rates, summary.id(), summary.nightlyPrice(), stay), ((Number) row[11]).intValue());
        }

        /**
         * The nights {@link #NIGHTS_AROUND} reads for these rooms, by room: one query for all of them, none when there
         * are none.
         */
        Map<Long, List<TakenUnit>> nightsAround(List<Long> rooms) {
            Map<Long, List<TakenUnit>> taken = new HashMap<>();
            if (rooms.isEmpty()) {
                return taken;
            }
            String ids = rooms.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            for (Object row : reads.rows(entityManager, NIGHTS_AROUND, scope.organisationId(),
                    OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                    Date.valueOf(stay.checkIn().minusDays(NEAR_DAYS)), Date.valueOf(stay.checkout().plusDays(NEAR_DAYS)), ids)) {
                Object[] columns = (Object[]) row;
                taken.computeIfAbsent(((Number) columns[0]).longValue(), item -> new ArrayList<>())
                        .add(new TakenUnit(((Number) columns[3]).intValue(),
                                StayPeriod.of(localDate(columns[1]), localDate(columns[2])), (Boolean) columns[4]));
            }
            return taken;
        }

        /**
         * The rooms with, for each one booked those nights, the same room from the nearest check-in ({@link #NEAR_DAYS}
         * days at most either way, a later one first on a tie, never before today) for as many nights, free and taken
         * by the stay rules, found in the nights around the stay already read.
         */
        List<UnavailableItem> withNearestFreeStays(List<UnavailableItem> rooms, Map<Long, List<TakenUnit>> nights) {
            if (rooms.stream().noneMatch(UnavailableItem::onlyBooked)) {
                return rooms;
            }
            Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
            LocalDateTime now = organisation.now(clock);
            StayRules rules = stayRules.rules(scope);
            return rooms.stream().map(room -> room.onlyBooked()
                    ? nearestFree(nights.getOrDefault(room.item().id(), List.of()), room.item().units(), rules, now)
                            .map(room::offering).orElse(room)
                    : room).toList();
        }

        /** The nearest stay for which fewer than {@code units} of the room's units are taken. */
        private Optional<StayPeriod> nearestFree(List<TakenUnit> taken, int units, StayRules rules, LocalDateTime now) {
            for (int shift = 1; shift <= NEAR_DAYS; shift++) {
                for (int sign : new int[] {1, -1}) {
                    LocalDate checkIn = stay.checkIn().plusDays((long) sign * shift);
                    StayPeriod candidate = StayPeriod.of(checkIn, checkIn.plusDays(stay.nights()));
                    boolean free = taken.stream().filter(other -> other.nights().overlaps(candidate)).map(TakenUnit::unit).distinct()
                            .count() < units;
                    if (!checkIn.isBefore(now.toLocalDate()) && free && rules.breaches(candidate, now).isEmpty()) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.empty();
        }

        /** A {@code date} column as the driver answers a native query. */
        private static LocalDate localDate(Object column) {
            return column instanceof LocalDate day ? day : ((Date) column).toLocalDate();
        }

        /**
         * A row of {@link #UNAVAILABLE_ITEMS} with the room's own reasons, then the search's broken rules: a room whose
         * every unit is taken is booked when a stay takes a unit those nights, closed when closed dates do (both may).
         */
        UnavailableItem unavailable(Object[] columns, Map<Long, List<TakenUnit>> nights, List<StayRuleBreach> broken,
                Map<Long, Map<Language, ItemWords>> translations) {
            ItemSummary summary = summary(columns, translations);
            List<UnavailableItem.Reason> reasons = new ArrayList<>();
            if ((Boolean) columns[11]) {
                List<TakenUnit> taking = nights.getOrDefault(summary.id(), List.of()).stream()
                        .filter(night -> night.nights().overlaps(stay)).toList();
                // Taken a moment ago, by the query before: freed since, it reads as booked rather than as no reason.
                if (taking.isEmpty() || taking.stream().anyMatch(TakenUnit::booked)) {
                    reasons.add(UnavailableItem.Reason.booked());
                }
                if (taking.stream().anyMatch(night -> !night.booked())) {
                    reasons.add(UnavailableItem.Reason.closed());
                }
            }
            if (summary.capacity() < guests) {
                reasons.add(UnavailableItem.Reason.capacity(summary.capacity(), guests));
            }
            broken.stream().map(UnavailableItem.Reason::of).forEach(reasons::add);
            return new UnavailableItem(summary, reasons);
        }

        private ItemSummary summary(Object[] columns, Map<Long, Map<Language, ItemWords>> translations) {
            long id = ((Number) columns[0]).longValue();
            return new ItemSummary(id, (String) columns[1],
                    (String) columns[2], ((Number) columns[3]).intValue(),
                    new Money(((Number) columns[4]).longValue(), currency),
                    RoomFacts.ofColumns((String) columns[5], columns[6] == null ? null : ((Number) columns[6]).intValue(),
                            (String) columns[7], localTime(columns[8]), localTime(columns[9])),
                    translations.getOrDefault(id, Map.of()), ((Number) columns[10]).intValue());
        }

        /** A {@code time} column as the driver answers a native query: {@code java.sql.Time}, or null. */
        private static LocalTime localTime(Object column) {
            return column == null ? null : column instanceof LocalTime time ? time : ((Time) column).toLocalTime();
        }
    }
}
