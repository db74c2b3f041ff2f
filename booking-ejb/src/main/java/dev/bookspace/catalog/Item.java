package dev.bookspace.catalog;

import dev.bookspace.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** A bookable space: a room, a property, a venue. Its price is per night in minor units. */
@Entity
@Table(name = "items")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "Item.listActive", query = "SELECT i FROM Item i WHERE i.active = TRUE ORDER BY i.title, i.id")
@NamedQuery(name = "Item.listActiveAfter", query = "SELECT i FROM Item i WHERE i.active = TRUE"
        + " AND (i.title > :title OR (i.title = :title AND i.id > :id)) ORDER BY i.title, i.id")
@NamedQuery(name = "Item.listAll", query = "SELECT i FROM Item i ORDER BY i.active DESC, i.title, i.id")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "nightly_price_minor", nullable = false)
    private long nightlyPriceMinor;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean active;

    /** The beds, sizes and amenities guests compare rooms by: see {@link RoomFacts}, which reads and writes these. */
    @Column(nullable = false)
    private String beds = "";

    @Column(name = "size_m2")
    private Integer sizeM2;

    @Column(nullable = false)
    private String amenities = "";

    @Column(name = "check_in_from")
    private LocalTime checkInFrom;

    @Column(name = "check_out_until")
    private LocalTime checkOutUntil;

    /** How many identical rooms this item sells (V37): each one a unit a stay occupies. */
    @Column(nullable = false)
    private short units = 1;

    /** A row per unit it ever sold, with the names staff gave them (V37 makes them; read here, renamed by RoomService). */
    @OneToMany(mappedBy = "item")
    @OrderBy("number")
    @BatchFetch(BatchFetchType.IN) // a list of rooms reads all their units' names in one query
    private List<ItemUnit> unitRows = new ArrayList<>();

    protected Item() {
        // for JPA
    }

    public Item(String title, String description, long nightlyPriceMinor, int capacity) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        if (nightlyPriceMinor < 0) {
            throw new IllegalArgumentException("A nightly price cannot be negative");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("An item holds at least one guest");
        }
        this.nightlyPriceMinor = nightlyPriceMinor;
        this.capacity = capacity;
        this.active = true;
    }

    /** Staff changed the room's details. */
    public void revise(String title, String description, long nightlyPriceMinor, int capacity) {
        Item revised = new Item(title, description, nightlyPriceMinor, capacity);
        this.title = revised.title;
        this.description = revised.description;
        this.nightlyPriceMinor = revised.nightlyPriceMinor;
        this.capacity = revised.capacity;
    }

    /** Staff described the room's beds, size, amenities and hours. */
    public void describe(RoomFacts facts) {
        this.beds = facts.bedsColumn();
        this.sizeM2 = facts.sizeM2();
        this.amenities = facts.amenitiesColumn();
        this.checkInFrom = facts.checkInFrom();
        this.checkOutUntil = facts.checkOutUntil();
    }

    public RoomFacts facts() {
        return RoomFacts.ofColumns(beds, sizeM2, amenities, checkInFrom, checkOutUntil);
    }

    /** An inactive room is kept, with its bookings, but guests no longer see it. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public long getNightlyPriceMinor() {
        return nightlyPriceMinor;
    }

    public Money nightlyPrice(Currency currency) {
        return new Money(nightlyPriceMinor, currency);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getCapacity() {
        return capacity;
    }

    /** The most identical rooms one item sells (V37's check). */
    public static final int MAX_UNITS = 200;

    /**
     * Staff sell this many identical rooms under the item. Fewer than before is the service's to allow: it refuses
     * when a dropped unit holds a stay from today on.
     */
    public void changeUnits(int units) {
        if (units < 1 || units > MAX_UNITS) {
            throw new IllegalArgumentException("An item sells 1 to " + MAX_UNITS + " units");
        }
        this.units = (short) units;
    }

    /** What staff call one of its units ("101"), or its number where they gave it no name. */
    public String unitName(int unit) {
        return unitRows.stream().filter(row -> row.getNumber() == unit).findFirst().map(ItemUnit::displayName)
                .orElse(String.valueOf(unit));
    }

    /** Its units' names, unit 1 first. */
    public List<String> unitNames() {
        return IntStream.rangeClosed(1, units).mapToObj(this::unitName).toList();
    }

    /** How many identical rooms it sells; 1 for a single room. */
    public int getUnits() {
        return units;
    }

    public boolean isActive() {
        return active;
    }
}
