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
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Nights that cost rooms their own price by the weekday they begin on: "Weekend" for Friday and Saturday nights. */
@Entity
@Table(name = "weekday_rates")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "WeekdayRate.listAll", query = "SELECT w FROM WeekdayRate w ORDER BY w.name, w.id")
public class WeekdayRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** Bit 0 Monday … bit 6 Sunday. */
    @Column(nullable = false)
    private int weekdays;

    protected WeekdayRate() {
        // for JPA
    }

    public WeekdayRate(String name, Set<DayOfWeek> nights) {
        change(name, nights);
    }

    void change(String name, Set<DayOfWeek> nights) {
        if (nights.isEmpty()) {
            throw new IllegalArgumentException("A weekday rate has at least one weekday");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.weekdays = Weekdays.mask(nights);
    }

    public Set<DayOfWeek> nights() {
        return Weekdays.days(weekdays);
    }

    RateCard.WeekdayRate terms(Map<Long, Money> roomPrices) {
        return new RateCard.WeekdayRate(name, nights(), roomPrices);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
