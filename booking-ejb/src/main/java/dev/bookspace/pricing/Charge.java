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
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A tax or fee on every booking: city tax per guest per night, cleaning per booking, VAT included or a sales tax added. */
@Entity
@Table(name = "charges")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "Charge.listAll", query = "SELECT c FROM Charge c ORDER BY c.id")
public class Charge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private ChargeKind kind;

    @Column(name = "amount_minor")
    private Long amountMinor;

    @Column
    private BigDecimal percent;

    protected Charge() {
        // for JPA
    }

    /** @param amountMinor for the amounts; null for a percentage; {@code percent} the other way round */
    public Charge(String name, ChargeKind kind, Long amountMinor, BigDecimal percent) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.amountMinor = kind.isPercentage() ? null : Objects.requireNonNull(amountMinor, "amountMinor");
        this.percent = kind.isPercentage() ? Objects.requireNonNull(percent, "percent") : null;
    }

    RateCard.Charge terms(Currency currency) {
        return new RateCard.Charge(name, kind, amountMinor == null ? null : new Money(amountMinor, currency), percent);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ChargeKind getKind() {
        return kind;
    }

    public Long getAmountMinor() {
        return amountMinor;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
