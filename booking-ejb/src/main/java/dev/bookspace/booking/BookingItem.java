package dev.bookspace.booking;

import dev.bookspace.catalog.Item;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One item occupied by a booking for a stay. It repeats its booking's status and hold expiry
 * because the database's exclusion constraint and the availability query can only see this row.
 *
 * <p>The table also holds the rows by which closed dates occupy a room (booking_id null, status
 * {@code blocked}: {@link dev.bookspace.availability.RoomBlock}), which this entity cannot read. A JPQL
 * query of booking items therefore joins their booking ({@code JOIN bi.booking b}, or a path through
 * {@code bi.booking}), which skips those rows, or keeps to the statuses of {@link BookingStatus}.
 */
@Entity
@Table(name = "booking_items")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class BookingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // A list of stays (the bookings page, the calendar) reads their bookings, and their rooms, in one query each.
    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Booking booking;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Item item;

    /** The item's id, read-only, by which a booking orders its rooms. */
    @Column(name = "item_id", insertable = false, updatable = false)
    private Long itemId;

    @Column(name = "date_range", nullable = false)
    private StayPeriod stay;

    @Column(name = "booking_status", nullable = false)
    private BookingStatus bookingStatus;

    @Column(name = "hold_expires_at")
    private OffsetDateTime holdExpiresAt;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    /** How many stay in this room; null for a booking made before bookings said so per room (its booking's guests). */
    @Column(name = "guests")
    private Integer guests;

    /** Which of its item's identical units the stay occupies (V37); 1 in a room of one unit. */
    @Column(name = "unit", nullable = false)
    private int unit = 1;

    protected BookingItem() {
        // for JPA
    }

    BookingItem(Booking booking, Item item, StayPeriod stay, int guests, Money price) {
        this.booking = Objects.requireNonNull(booking, "booking");
        this.item = Objects.requireNonNull(item, "item");
        this.stay = Objects.requireNonNull(stay, "stay");
        this.bookingStatus = booking.getStatus();
        this.holdExpiresAt = booking.getHoldExpiresAt();
        this.priceMinor = price.minor();
        this.guests = guests;
    }

    /** The exclusion constraint and the availability query read the booking's status from this row. */
    void followBooking() {
        bookingStatus = booking.getStatus();
        holdExpiresAt = booking.getHoldExpiresAt();
    }

    /** Another room, other nights or another count of guests for the same booking, at their new price. */
    void move(Item item, StayPeriod stay, int guests, Money price) {
        this.item = Objects.requireNonNull(item, "item");
        this.stay = Objects.requireNonNull(stay, "stay");
        this.guests = guests;
        this.priceMinor = price.minor();
    }

    /** The stay takes this unit of its item, chosen free by {@link dev.bookspace.availability.Units}. */
    void occupyUnit(int unit) {
        if (unit < 1) {
            throw new IllegalArgumentException("Units are numbered from 1");
        }
        this.unit = unit;
    }

    public Long getId() {
        return id;
    }

    public Money price() {
        return Money.of(priceMinor, booking.total().currencyCode());
    }

    public Booking getBooking() {
        return booking;
    }

    public Item getItem() {
        return item;
    }

    public StayPeriod getStay() {
        return stay;
    }

    /** How many stay in this room. */
    public int guests() {
        return guests == null ? booking.getGuests() : guests;
    }

    /** Which of its item's units the stay occupies, from 1. */
    public int getUnit() {
        return unit;
    }

    public BookingStatus getBookingStatus() {
        return bookingStatus;
    }
}
