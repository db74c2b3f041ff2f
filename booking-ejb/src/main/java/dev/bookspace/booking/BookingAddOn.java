package dev.bookspace.booking;

import dev.bookspace.catalog.AddOn;
import dev.bookspace.catalog.AddOnPricing;
import dev.bookspace.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * An add-on as it was sold with a booking. Name, mode and price are copied from the catalogue, so
 * later edits of the catalogue change no booking.
 */
@Entity
@Table(name = "booking_add_ons")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class BookingAddOn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking booking;

    /** The booking's room it was sold with; null for some add-ons of bookings of several rooms made before V41. */
    @ManyToOne
    @JoinColumn(name = "booking_item_id")
    private BookingItem room;

    @ManyToOne(optional = false)
    @JoinColumn(name = "add_on_id", nullable = false)
    private AddOn addOn;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private AddOnPricing pricing;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    protected BookingAddOn() {
        // for JPA
    }

    BookingAddOn(Booking booking, BookingItem room, AddOn addOn, int quantity, Money amount) {
        this.booking = booking;
        this.room = room;
        this.addOn = addOn;
        this.name = addOn.getName();
        this.pricing = addOn.getPricing();
        this.unitPriceMinor = addOn.getPriceMinor();
        this.quantity = quantity;
        this.amountMinor = amount.minor();
    }

    /** Its amount for a changed stay (a per-night add-on costs more for more nights); name and unit price stay as sold. */
    void reprice(Money amount) {
        this.amountMinor = amount.minor();
    }

    /** The catalogue add-on it was sold as, which prices it again when the stay changes. */
    public AddOn getAddOn() {
        return addOn;
    }

    /** The booking's room it was sold with, or null (see {@link #room}). */
    public BookingItem getRoom() {
        return room;
    }

    public String getName() {
        return name;
    }

    public AddOnPricing getPricing() {
        return pricing;
    }

    public long getUnitPriceMinor() {
        return unitPriceMinor;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public int getQuantity() {
        return quantity;
    }
}
