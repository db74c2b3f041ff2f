package dev.bookspace.availability;

import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.pricing.Pricing;
import dev.bookspace.pricing.RateCard;
import dev.bookspace.pricing.RateService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Month by month, which nights a guest can book and from what price: the date picker of the public rooms
 * page (any room) and of a room's page (that room). A fixed number of statements per call, however many
 * nights and rooms: the organisation's rates and rules, then {@link #FREE_NIGHTS}.
 */
@Stateless
@TenantScoped
public class NightsService {

    /** Nights asked at most per call: three months as a picker shows them, and the next when the guest pages. */
    public static final int MAX_NIGHTS = 93;

    /**
     * For each night of {@code [?3, ?4)}: how many active rooms (some unit of theirs free) sleeping {@code ?5} (only room {@code ?6}, unless
     * it is 0) are free, the lowest base price among the free ones that no rate names (their nights all move
     * alike, so the cheapest base is the cheapest night), and the free ones a rate names, as {@code id:price}.
     * The organisation's blocking stays ({@code ?1}; unpaid holds lapsed before {@code ?2} do not block) are read
     * once through the partial GiST index, as {@link AvailabilityService}'s queries do, spread into their nights
     * and anti-joined by equality: a hash, not a probe per room and night. {@code ?7} lists the rooms the rates
     * name, comma-separated.
     */
    public static final String FREE_NIGHTS = """
            WITH taken AS MATERIALIZED (
                SELECT bi.item_id, CAST(n.night AS date) AS night, count(DISTINCT bi.unit) AS units
                FROM booking_items bi
                CROSS JOIN LATERAL generate_series(greatest(lower(bi.date_range), CAST(?3 AS date)),
                       least(upper(bi.date_range), CAST(?4 AS date)) - 1, interval '1 day') AS n(night)
                WHERE bi.organisation_id = ?1
                AND bi.booking_status NOT IN ('cancelled', 'expired')
                AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > ?2)
                AND bi.date_range && daterange(CAST(?3 AS date), CAST(?4 AS date))
                AND (?6 = 0 OR bi.item_id = ?6)
                GROUP BY bi.item_id, n.night),
            named AS (SELECT CAST(unnest(string_to_array(?7, ',')) AS bigint) AS item_id),
            free AS (
                SELECT CAST(n.night AS date) AS night, i.id, i.nightly_price_minor
                FROM generate_series(CAST(?3 AS date), CAST(?4 AS date) - 1, interval '1 day') AS n(night)
                CROSS JOIN items i
                WHERE i.organisation_id = ?1 AND i.active AND i.capacity >= ?5 AND (?6 = 0 OR i.id = ?6)
                AND NOT EXISTS (SELECT 1 FROM taken t WHERE t.item_id = i.id AND t.night = CAST(n.night AS date)
                                AND t.units >= i.units))
            SELECT CAST(n.night AS date), count(f.id),
                   min(f.nightly_price_minor) FILTER (WHERE f.id NOT IN (SELECT item_id FROM named)),
                   string_agg(f.id || ':' || f.nightly_price_minor, ',') FILTER (WHERE f.id IN (SELECT item_id FROM named))
            FROM generate_series(CAST(?3 AS date), CAST(?4 AS date) - 1, interval '1 day') AS n(night)
            LEFT JOIN free f ON f.night = CAST(n.night AS date)
            GROUP BY n.night ORDER BY n.night""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private RateService rateService;

    @EJB
    private StayRuleService stayRules;

    private final Clock clock = Clock.systemUTC();

    /**
     * Each night from {@code first} to {@code last}, both included, at most {@value #MAX_NIGHTS}: bookable when it
     * is not past, not beyond the organisation's booking horizon, and some room (of {@code itemId}, when given;
     * sleeping {@code guests}, when given) is neither booked nor closed that night. A booked night may still be a
     * stay's checkout day: the picker marks it rather than refusing it.
     *
     * @throws NotFoundException when {@code itemId} names no active room of this organisation
     */
    public List<BookableNight> listNights(Scope scope, LocalDate first, LocalDate last, Long itemId, Integer guests) {
        if (first == null || last == null) {
            throw new InvalidRequestException("from", "Give the first and last night as from=YYYY-MM-DD&to=YYYY-MM-DD.")
                    .worded("nights.range");
        }
        long nights = ChronoUnit.DAYS.between(first, last) + 1;
        if (nights < 1) {
            throw new InvalidRequestException("to", "The last night (to) must not be before the first (from).")
                    .worded("nights.backwards");
        }
        if (nights > MAX_NIGHTS) {
            throw new InvalidRequestException("to", "Ask for at most " + MAX_NIGHTS + " nights (three months) at a time.")
                    .worded("nights.tooMany", MAX_NIGHTS);
        }
        if (guests != null && guests < 1) {
            throw new InvalidRequestException("guests", "Guests must be a whole number from 1; leave it out for any number.")
                    .worded("nights.guests");
        }
        if (itemId != null) {
            Item item = entityManager.find(Item.class, itemId);
            if (item == null || !item.isActive()) {
                throw new NotFoundException("There is no such room.");
            }
        }
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        LocalDate today = organisation.today(clock);
        LocalDate lastCheckIn = today.plusMonths(stayRules.rules(scope).defaults().horizonMonths());
        RateCard rates = rateService.rateCard(scope);
        Set<Long> named = namedRooms(rates);
        List<?> rows = entityManager.createNativeQuery(FREE_NIGHTS)
                .setParameter(1, scope.organisationId())
                .setParameter(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(3, Date.valueOf(first))
                .setParameter(4, Date.valueOf(last.plusDays(1)))
                .setParameter(5, guests == null ? 1 : guests)
                .setParameter(6, itemId == null ? 0L : itemId)
                .setParameter(7, named.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .getResultList();
        Currency currency = organisation.currency();
        List<BookableNight> answer = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            LocalDate night = ((Date) columns[0]).toLocalDate();
            boolean open = !night.isBefore(today) && !night.isAfter(lastCheckIn) && ((Number) columns[1]).longValue() > 0;
            answer.add(new BookableNight(night, open, open ? fromPrice(rates, night, columns, currency) : null));
        }
        return answer;
    }

    /** The cheapest of the night's free rooms, each priced by {@link Pricing#night} as its stay would be. */
    private static Money fromPrice(RateCard rates, LocalDate night, Object[] columns, Currency currency) {
        Money lowest = null;
        if (columns[2] != null) {
            // No rate names these rooms (id 0 is none of them): the cheapest base is the cheapest night.
            lowest = Pricing.night(rates, 0, new Money(((Number) columns[2]).longValue(), currency), night).price();
        }
        if (columns[3] != null) {
            for (String room : ((String) columns[3]).split(",")) {
                String[] idAndPrice = room.split(":");
                Money price = Pricing.night(rates, Long.parseLong(idAndPrice[0]),
                        new Money(Long.parseLong(idAndPrice[1]), currency), night).price();
                lowest = lowest == null || price.minor() < lowest.minor() ? price : lowest;
            }
        }
        return lowest;
    }

    /** The rooms a season or a weekday rate gives their own price: each is priced on its own. */
    private static Set<Long> namedRooms(RateCard rates) {
        Set<Long> named = new HashSet<>();
        rates.seasons().forEach(season -> named.addAll(season.roomPrices().keySet()));
        rates.weekdayRates().forEach(rate -> named.addAll(rate.roomPrices().keySet()));
        return named;
    }
}
