package dev.bookspace.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.Weekdays;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Named nights with their own prices (README, Rates): the nights from {@code firstNight} to
 * {@code lastNight}, both included, as an owner says "1 July to 31 August". Seasons of an
 * organisation never overlap.
 */
@Entity
@Table(name = "seasons")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "Season.listAll", query = "SELECT s FROM Season s ORDER BY s.firstNight, s.id")
@NamedQuery(name = "Season.overlapping", query = """
        SELECT s FROM Season s WHERE s.firstNight <= :lastNight AND s.lastNight >= :firstNight ORDER BY s.firstNight, s.id""")
public class Season {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "first_night", nullable = false)
    private LocalDate firstNight;

    @Column(name = "last_night", nullable = false)
    private LocalDate lastNight;

    @Column(name = "percent_over_base")
    private BigDecimal percentOverBase;

    @Column(name = "min_nights")
    private Integer minNights;

    @Column(name = "max_nights")
    private Integer maxNights;

    @Column(name = "closed_arrival_days", nullable = false)
    private int closedArrivalDays;

    @Column(name = "closed_departure_days", nullable = false)
    private int closedDepartureDays;

    protected Season() {
        // for JPA
    }

    public Season(String name, LocalDate firstNight, LocalDate lastNight, BigDecimal percentOverBase) {
        change(name, firstNight, lastNight, percentOverBase);
    }

    void change(String name, LocalDate firstNight, LocalDate lastNight, BigDecimal percentOverBase) {
        this.name = Objects.requireNonNull(name, "name");
        this.firstNight = Objects.requireNonNull(firstNight, "firstNight");
        this.lastNight = Objects.requireNonNull(lastNight, "lastNight");
        this.percentOverBase = percentOverBase;
    }

    /** The season's own stay rules (README, Stay rules); null nights leave the organisation's. */
    void changeStayRules(Integer minNights, Integer maxNights, Set<DayOfWeek> closedArrivals, Set<DayOfWeek> closedDepartures) {
        this.minNights = minNights;
        this.maxNights = maxNights;
        this.closedArrivalDays = Weekdays.mask(closedArrivals);
        this.closedDepartureDays = Weekdays.mask(closedDepartures);
    }

    public Integer getMinNights() {
        return minNights;
    }

    public Integer getMaxNights() {
        return maxNights;
    }

    public Set<DayOfWeek> closedArrivals() {
        return Weekdays.days(closedArrivalDays);
    }

    public Set<DayOfWeek> closedDepartures() {
        return Weekdays.days(closedDepartureDays);
    }

    RateCard.Season terms(Map<Long, Money> roomPrices) {
        return new RateCard.Season(name, firstNight, lastNight, percentOverBase, roomPrices);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFirstNight() {
        return firstNight;
    }

    public LocalDate getLastNight() {
        return lastNight;
    }

    public BigDecimal getPercentOverBase() {
        return percentOverBase;
    }
}
