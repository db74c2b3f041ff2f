package dev.bookspace.pricing;

import dev.bookspace.availability.StayRules;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.organisation.SettingsCache;
import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.Weekdays;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organisation's rates: read whole for {@link Pricing} (a few rows, five indexed queries, kept while they stay as they are), and
 * managed by its staff on the rates page. Changing a rate changes the prices of bookings to come only:
 * a booking keeps the lines it was priced with.
 */
@Stateless
@TenantScoped
public class RateService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Validator validator;

    @EJB
    private AuditTrail audit;

    @Inject
    private SettingsCache settings;

    /** Every rate of the organisation, as pricing reads them: kept between requests while its rates stay as they are. */
    public RateCard rateCard(Scope scope) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        return settings.get(organisation, RateCard.class, () -> readRateCard(organisation.currency()));
    }

    private RateCard readRateCard(Currency currency) {
        List<RoomRate> roomRates = entityManager.createNamedQuery("RoomRate.listAll", RoomRate.class).getResultList();
        return new RateCard(
                seasons().stream().map(season -> season.terms(prices(roomRates, currency, RoomRate::getSeasonId, season.getId()))).toList(),
                weekdayRates().stream().map(rate -> rate.terms(prices(roomRates, currency, RoomRate::getWeekdayRateId, rate.getId()))).toList(),
                discounts().stream().map(StayDiscount::terms).toList(),
                charges().stream().map(charge -> charge.terms(currency)).toList());
    }

    /** The rates page: rooms with their base prices, and every rate. */
    public RatesOverview overview(Scope scope) {
        Currency currency = staffCurrency(scope);
        List<RoomRate> roomRates = entityManager.createNamedQuery("RoomRate.listAll", RoomRate.class).getResultList();
        return new RatesOverview(
                rooms().stream().map(item -> new RatesOverview.Room(item.getId(), item.getTitle(), item.nightlyPrice(currency))).toList(),
                seasons().stream().map(season -> new RatesOverview.SeasonRow(season.getId(), season.getName(),
                        season.getFirstNight(), season.getLastNight(), season.getPercentOverBase(),
                        prices(roomRates, currency, RoomRate::getSeasonId, season.getId()), stayRules(season))).toList(),
                weekdayRates().stream().map(rate -> new RatesOverview.WeekdayRateRow(rate.getId(), rate.getName(), rate.nights(),
                        prices(roomRates, currency, RoomRate::getWeekdayRateId, rate.getId()))).toList(),
                discounts().stream().map(discount -> new RatesOverview.DiscountRow(discount.getId(), discount.getMinNights(),
                        discount.getPercent())).toList(),
                charges().stream().map(charge -> new RatesOverview.ChargeRow(charge.getId(), charge.getName(), charge.getKind(),
                        charged(charge, currency))).toList());
    }

    /** What each night of a month costs in each bookable room, priced by {@link Pricing} as a guest's stay would be. */
    public List<RoomNights> month(Scope scope, YearMonth month) {
        Currency currency = staffCurrency(scope);
        RateCard rates = rateCard(scope);
        return rooms().stream().map(item -> new RoomNights(item.getId(), item.getTitle(),
                month.atDay(1).datesUntil(month.plusMonths(1).atDay(1))
                        .map(night -> Pricing.night(rates, item.getId(), item.nightlyPrice(currency), night)).toList()))
                .toList();
    }

    /** Creates a season, or changes the one the form names; answers its id. */
    public long saveSeason(Scope scope, SeasonForm form) {
        Currency currency = staffCurrency(scope);
        Constraints.requireValid(validator, form);
        if (form.getLastNight().isBefore(form.getFirstNight())) {
            throw new InvalidRequestException("lastNight", "The last night cannot be before the first.").worded("rates.lastBeforeFirst");
        }
        List<InvalidRequestException.FieldProblem> ruleProblems = StayRules.problems(form.getMinNights(), form.getMaxNights(),
                form.getClosedArrivals(), form.getClosedDepartures());
        if (!ruleProblems.isEmpty()) {
            throw new InvalidRequestException(ruleProblems);
        }
        entityManager.createNamedQuery("Season.overlapping", Season.class)
                .setParameter("firstNight", form.getFirstNight())
                .setParameter("lastNight", form.getLastNight())
                .getResultStream()
                .filter(other -> !other.getId().equals(form.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw new InvalidRequestException("firstNight", "These nights overlap " + other.getName() + " ("
                            + DAY.format(other.getFirstNight()) + " to " + DAY.format(other.getLastNight())
                            + "); a night belongs to one season.")
                            .worded("rates.seasonOverlap", other.getName(), other.getFirstNight(), other.getLastNight());
                });
        Map<Long, Long> prices = roomPrices(form.getRoomPrices(), currency);
        String name = form.getName().strip();
        AuditFields before = form.getId() == null ? null : RatesAudit.fields(getSeason(scope, form.getId()));
        Season season;
        if (form.getId() == null) {
            season = new Season(name, form.getFirstNight(), form.getLastNight(), form.getPercentOverBase());
            season.changeStayRules(form.getMinNights(), form.getMaxNights(), weekdays(form.getClosedArrivals()),
                    weekdays(form.getClosedDepartures()));
            entityManager.persist(season);
            entityManager.flush();
        } else {
            season = find(Season.class, form.getId(), "season");
            season.change(name, form.getFirstNight(), form.getLastNight(), form.getPercentOverBase());
            season.changeStayRules(form.getMinNights(), form.getMaxNights(), weekdays(form.getClosedArrivals()),
                    weekdays(form.getClosedDepartures()));
            entityManager.createNamedQuery("RoomRate.deleteOfSeason").setParameter("id", season.getId()).executeUpdate();
        }
        prices.forEach((itemId, price) -> entityManager.persist(RoomRate.inSeason(itemId, season.getId(), price)));
        audit.record(scope, before == null ? "season.created" : "season.changed", RatesAudit.season(season.getId(), name),
                before, RatesAudit.fields(form));
        return season.getId();
    }

    /** A season as its form shows it, to change it. */
    public SeasonForm getSeason(Scope scope, long seasonId) {
        Currency currency = staffCurrency(scope);
        Season season = find(Season.class, seasonId, "season");
        SeasonForm form = new SeasonForm();
        form.setId(season.getId());
        form.setName(season.getName());
        form.setFirstNight(season.getFirstNight());
        form.setLastNight(season.getLastNight());
        form.setPercentOverBase(season.getPercentOverBase());
        form.setMinNights(season.getMinNights());
        form.setMaxNights(season.getMaxNights());
        form.setClosedArrivals(new ArrayList<>(season.closedArrivals()));
        form.setClosedDepartures(new ArrayList<>(season.closedDepartures()));
        form.setRoomPrices(decimals(entityManager.createNamedQuery("RoomRate.listAll", RoomRate.class).getResultList(),
                currency, RoomRate::getSeasonId, seasonId));
        return form;
    }

    public void removeSeason(Scope scope, long seasonId) {
        staffCurrency(scope);
        Season season = find(Season.class, seasonId, "season");
        audit.record(scope, "season.removed", RatesAudit.season(seasonId, season.getName()),
                RatesAudit.fields(getSeason(scope, seasonId)), null);
        entityManager.createNamedQuery("RoomRate.deleteOfSeason").setParameter("id", seasonId).executeUpdate();
        entityManager.remove(season);
    }

    /** Creates a weekday rate, or changes the one the form names; answers its id. */
    public long saveWeekdayRate(Scope scope, WeekdayRateForm form) {
        Currency currency = staffCurrency(scope);
        Constraints.requireValid(validator, form);
        Set<DayOfWeek> nights = EnumSet.copyOf(form.getNights());
        for (WeekdayRate other : weekdayRates()) {
            if (!other.getId().equals(form.getId())) {
                other.nights().stream().filter(nights::contains).findFirst().ifPresent(day -> {
                    throw new InvalidRequestException("nights", day.getDisplayName(TextStyle.FULL, Locale.UK)
                            + " nights are priced by " + other.getName() + " already; a night has one weekday rate.")
                            .worded("rates.weekdayTaken", day, other.getName());
                });
            }
        }
        Map<Long, Long> prices = roomPrices(form.getRoomPrices(), currency);
        AuditFields before = form.getId() == null ? null : RatesAudit.fields(getWeekdayRate(scope, form.getId()));
        WeekdayRate rate;
        if (form.getId() == null) {
            rate = new WeekdayRate(form.getName().strip(), nights);
            entityManager.persist(rate);
            entityManager.flush();
        } else {
            rate = find(WeekdayRate.class, form.getId(), "weekday rate");
            rate.change(form.getName().strip(), nights);
            entityManager.createNamedQuery("RoomRate.deleteOfWeekdayRate").setParameter("id", rate.getId()).executeUpdate();
        }
        prices.forEach((itemId, price) -> entityManager.persist(RoomRate.onWeekdays(itemId, rate.getId(), price)));
        audit.record(scope, before == null ? "weekday_rate.created" : "weekday_rate.changed",
                RatesAudit.weekdayRate(rate.getId(), rate.getName()), before, RatesAudit.fields(form));
        return rate.getId();
    }

    /** A weekday rate as its form shows it, to change it. */
    public WeekdayRateForm getWeekdayRate(Scope scope, long rateId) {
        Currency currency = staffCurrency(scope);
        WeekdayRate rate = find(WeekdayRate.class, rateId, "weekday rate");
        WeekdayRateForm form = new WeekdayRateForm();
        form.setId(rate.getId());
        form.setName(rate.getName());
        form.setNights(List.copyOf(rate.nights()));
        form.setRoomPrices(decimals(entityManager.createNamedQuery("RoomRate.listAll", RoomRate.class).getResultList(),
                currency, RoomRate::getWeekdayRateId, rateId));
        return form;
    }

    public void removeWeekdayRate(Scope scope, long rateId) {
        staffCurrency(scope);
        WeekdayRate rate = find(WeekdayRate.class, rateId, "weekday rate");
        audit.record(scope, "weekday_rate.removed", RatesAudit.weekdayRate(rateId, rate.getName()),
                RatesAudit.fields(getWeekdayRate(scope, rateId)), null);
        entityManager.createNamedQuery("RoomRate.deleteOfWeekdayRate").setParameter("id", rateId).executeUpdate();
        entityManager.remove(rate);
    }

    public void addDiscount(Scope scope, StayDiscountForm form) {
        staffCurrency(scope);
        Constraints.requireValid(validator, form);
        if (discounts().stream().anyMatch(discount -> discount.getMinNights() == form.getMinNights())) {
            throw new InvalidRequestException("minNights", "There is a discount from " + form.getMinNights()
                    + " nights already; remove it first to change it.").worded("rates.discountExists", form.getMinNights());
        }
        StayDiscount discount = new StayDiscount(form.getMinNights(), form.getPercent());
        entityManager.persist(discount);
        entityManager.flush();
        audit.record(scope, "stay_discount.created", RatesAudit.discount(discount), null, RatesAudit.fields(discount));
    }

    public void removeDiscount(Scope scope, long discountId) {
        staffCurrency(scope);
        StayDiscount discount = find(StayDiscount.class, discountId, "discount");
        audit.record(scope, "stay_discount.removed", RatesAudit.discount(discount), RatesAudit.fields(discount), null);
        entityManager.remove(discount);
    }

    public void addCharge(Scope scope, ChargeForm form) {
        Currency currency = staffCurrency(scope);
        Constraints.requireValid(validator, form);
        Long amount = null;
        if (form.getKind().isPercentage()) {
            if (form.getPercent() == null) {
                throw new InvalidRequestException("percent", "Please enter the percentage.").worded("rates.percentMissing");
            }
        } else if (form.getAmount() == null) {
            throw new InvalidRequestException("amount", "Please enter the amount.").worded("rates.amountMissing");
        } else {
            amount = Money.ofDecimal(form.getAmount(), currency, "amount").minor();
        }
        Charge charge = new Charge(form.getName().strip(), form.getKind(), amount,
                form.getKind().isPercentage() ? form.getPercent() : null);
        entityManager.persist(charge);
        entityManager.flush();
        audit.record(scope, "tax_or_fee.created", RatesAudit.charge(charge), null, RatesAudit.fields(charge));
    }

    public void removeCharge(Scope scope, long chargeId) {
        staffCurrency(scope);
        Charge charge = find(Charge.class, chargeId, "tax or fee");
        audit.record(scope, "tax_or_fee.removed", RatesAudit.charge(charge), RatesAudit.fields(charge), null);
        entityManager.remove(charge);
    }

    private static Set<DayOfWeek> weekdays(List<DayOfWeek> days) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        set.addAll(days);
        return set;
    }

    /** A season's own stay rules as the rates page lists them: {@code 3 to 7 nights; no arrivals on Sundays}. */
    private static String stayRules(Season season) {
        List<String> rules = new ArrayList<>();
        if (season.getMinNights() != null) {
            rules.add("at least " + season.getMinNights() + " nights");
        }
        if (season.getMaxNights() != null) {
            rules.add("at most " + season.getMaxNights() + " nights");
        }
        if (!season.closedArrivals().isEmpty()) {
            rules.add("no arrivals on " + Weekdays.plural(season.closedArrivals()));
        }
        if (!season.closedDepartures().isEmpty()) {
            rules.add("no departures on " + Weekdays.plural(season.closedDepartures()));
        }
        return String.join("; ", rules);
    }

    private List<Season> seasons() {
        return entityManager.createNamedQuery("Season.listAll", Season.class).getResultList();
    }

    private List<WeekdayRate> weekdayRates() {
        return entityManager.createNamedQuery("WeekdayRate.listAll", WeekdayRate.class).getResultList();
    }

    private List<StayDiscount> discounts() {
        return entityManager.createNamedQuery("StayDiscount.listAll", StayDiscount.class).getResultList();
    }

    private List<Charge> charges() {
        return entityManager.createNamedQuery("Charge.listAll", Charge.class).getResultList();
    }

    private List<Item> rooms() {
        return entityManager.createNamedQuery("Item.listActive", Item.class).getResultList();
    }

    /** Rooms' prices of one season or weekday rate, by item id. */
    private static Map<Long, Money> prices(List<RoomRate> roomRates, Currency currency, Function<RoomRate, Long> rule, long ruleId) {
        return roomRates.stream().filter(rate -> Long.valueOf(ruleId).equals(rule.apply(rate)))
                .collect(Collectors.toMap(RoomRate::getItemId, rate -> new Money(rate.getNightlyPriceMinor(), currency)));
    }

    private static Map<Long, BigDecimal> decimals(List<RoomRate> roomRates, Currency currency, Function<RoomRate, Long> rule,
            long ruleId) {
        Map<Long, BigDecimal> decimals = new LinkedHashMap<>();
        prices(roomRates, currency, rule, ruleId).forEach((itemId, price) -> decimals.put(itemId, price.decimal()));
        return decimals;
    }

    /** The form's rooms' prices in minor units; an empty price leaves the room out. A refusal names the room. */
    private Map<Long, Long> roomPrices(Map<Long, BigDecimal> entered, Currency currency) {
        Map<Long, Long> prices = new HashMap<>();
        entered.forEach((itemId, price) -> {
            if (price == null) {
                return;
            }
            Item item = find(Item.class, itemId, "room");
            if (price.signum() < 0) {
                throw new InvalidRequestException("roomPrices", item.getTitle() + ": a price cannot be negative.")
                        .worded("rates.negativePrice", item.getTitle());
            }
            try {
                prices.put(itemId, Money.ofDecimal(price, currency, "roomPrices").minor());
            } catch (InvalidRequestException e) {
                InvalidRequestException refusal = new InvalidRequestException("roomPrices", item.getTitle() + ": " + e.getMessage());
                throw e.wording().map(why -> refusal.worded("rates.roomPrice", item.getTitle(), why)).orElse(refusal);
            }
        });
        return prices;
    }

    private static String charged(Charge charge, Currency currency) {
        return switch (charge.getKind()) {
            case PER_GUEST_NIGHT -> new Money(charge.getAmountMinor(), currency).formatted() + " per guest per night";
            case PER_BOOKING -> new Money(charge.getAmountMinor(), currency).formatted() + " per booking";
            case PERCENT_ADDED -> Pricing.percent(charge.getPercent()) + " added to prices";
            case PERCENT_INCLUDED -> Pricing.percent(charge.getPercent()) + " included in prices";
        };
    }

    /** Another organisation's row is not found, thanks to the tenant filter. */
    private <T> T find(Class<T> type, long id, String what) {
        T found = entityManager.find(type, id);
        if (found == null) {
            throw new NotFoundException("There is no " + what + " " + id + ".");
        }
        return found;
    }

    private Currency currency(Scope scope) {
        return entityManager.find(Organisation.class, scope.organisationId()).currency();
    }

    /** Only the organisation's owners and staff manage its rates. */
    private Currency staffCurrency(Scope scope) {
        if (!scope.isStaff()) {
            throw new NotFoundException("There are no such rates.");
        }
        return currency(scope);
    }
}
