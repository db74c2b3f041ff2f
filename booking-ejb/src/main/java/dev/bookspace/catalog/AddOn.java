package dev.bookspace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * An extra a guest can add to a stay: breakfast, parking, a late checkout. It belongs to one item,
 * or to the whole organisation when {@code item} is null.
 */
@Entity
@Table(name = "add_ons")
@NamedQuery(name = "AddOn.offeredWith", query = """
        SELECT a FROM AddOn a WHERE a.active = TRUE AND (a.item IS NULL OR a.item.id = :itemId) ORDER BY a.name, a.id""")
@NamedQuery(name = "AddOn.ofItem", query = "SELECT a FROM AddOn a WHERE a.active = TRUE AND a.item.id = :itemId ORDER BY a.name, a.id")
@NamedQuery(name = "AddOn.organisationWide", query = "SELECT a FROM AddOn a WHERE a.active = TRUE AND a.item IS NULL ORDER BY a.name, a.id")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AddOn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(nullable = false)
    private String name;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(nullable = false)
    private AddOnPricing pricing;

    @Column(name = "max_quantity", nullable = false)
    private int maxQuantity;

    @Column(nullable = false)
    private boolean active;

    protected AddOn() {
        // for JPA
    }

    public AddOn(Item item, String name, long priceMinor, AddOnPricing pricing, int maxQuantity) {
        this.item = item;
        this.name = Objects.requireNonNull(name, "name");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        if (priceMinor < 0 || maxQuantity < 1) {
            throw new IllegalArgumentException("An add-on has a price of at least 0 and a maximum quantity of at least 1");
        }
        this.priceMinor = priceMinor;
        this.maxQuantity = maxQuantity;
        this.active = true;
    }

    /** Staff changed what it costs and how much a guest may take; bookings that sold it keep what they sold. */
    public void change(String name, long priceMinor, AddOnPricing pricing, int maxQuantity) {
        if (priceMinor < 0 || maxQuantity < 1) {
            throw new IllegalArgumentException("An add-on has a price of at least 0 and a maximum quantity of at least 1");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.priceMinor = priceMinor;
        this.maxQuantity = maxQuantity;
    }

    /** Withdrawn add-ons stay on the bookings that sold them, but are offered no more. */
    public void withdraw() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public String getName() {
        return name;
    }

    public long getPriceMinor() {
        return priceMinor;
    }

    public AddOnPricing getPricing() {
        return pricing;
    }

    public int getMaxQuantity() {
        return maxQuantity;
    }

    public boolean isActive() {
        return active;
    }
}
