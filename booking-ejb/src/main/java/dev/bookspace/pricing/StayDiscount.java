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
import java.math.BigDecimal;

/** So many percent off the nights of a stay of at least so many nights. */
@Entity
@Table(name = "stay_discounts")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "StayDiscount.listAll", query = "SELECT d FROM StayDiscount d ORDER BY d.minNights")
public class StayDiscount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "min_nights", nullable = false)
    private int minNights;

    @Column(nullable = false)
    private BigDecimal percent;

    protected StayDiscount() {
        // for JPA
    }

    public StayDiscount(int minNights, BigDecimal percent) {
        // The record checks the bounds, and is what pricing reads.
        new RateCard.StayDiscount(minNights, percent);
        this.minNights = minNights;
        this.percent = percent;
    }

    RateCard.StayDiscount terms() {
        return new RateCard.StayDiscount(minNights, percent);
    }

    public Long getId() {
        return id;
    }

    public int getMinNights() {
        return minNights;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
