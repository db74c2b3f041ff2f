package dev.bookspace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One of a room type's identical rooms (V37), with the name staff give it ("101", "Garden side"). V37's trigger makes
 * the rows as a room's units grow and never removes them, so the application only reads and renames them.
 */
@Entity
@Table(name = "item_units")
@IdClass(ItemUnit.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "ItemUnit.ofItem", query = "SELECT u FROM ItemUnit u WHERE u.itemId = :itemId ORDER BY u.number")
public class ItemUnit {

    /** The most characters a unit's name has (V37's check). */
    public static final int MAX_NAME = 40;

    /** The primary key within an organisation (a class, not a record: JPA sets its fields). */
    public static class Key implements Serializable {
        private long itemId;
        private int number;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.itemId == itemId && key.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, number);
        }
    }

    @Id
    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Id
    @Column(nullable = false)
    private int number;

    /** Null: the unit goes by its number. */
    @Column
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", insertable = false, updatable = false)
    private Item item;

    protected ItemUnit() {
        // for JPA
    }

    /** What staff and the API call the unit: its name, or its number where it has none. */
    public String displayName() {
        return name == null ? String.valueOf(number) : name;
    }

    void rename(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A unit's name has 1 to " + MAX_NAME + " characters");
        }
        this.name = name.strip();
    }

    public int getNumber() {
        return number;
    }
}
