package dev.bookspace.booking;

import dev.bookspace.catalog.Item;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A guest's booking: its reference, status, guest and total, and the items it occupies. An unpaid
 * booking with {@code holdExpiresAt} is a hold that frees its items when the time passes unpaid.
 */
@Entity
@Table(name = "bookings")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "guest_name", nullable = false)
    private String guestName;

    @Column(name = "guest_email", nullable = false)
    private String guestEmail;

    @Column(nullable = false)
    private int guests;

    @Column(name = "hold_expires_at")
    private OffsetDateTime holdExpiresAt;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST)
    private List<BookingItem> items = new ArrayList<>();

    protected Booking() {
        // for JPA
    }

    /** A new hold on one item for a stay, unpaid until {@code holdExpiresAt}. */
    public static Booking hold(String reference, Item item, StayPeriod stay, int guests, String guestName,
            String guestEmail, Money stayPrice, OffsetDateTime now, OffsetDateTime holdExpiresAt) {
        Booking booking = new Booking();
        booking.reference = Objects.requireNonNull(reference, "reference");
        booking.status = BookingStatus.UNPAID;
        booking.guestName = Objects.requireNonNull(guestName, "guestName");
        booking.guestEmail = Objects.requireNonNull(guestEmail, "guestEmail");
        booking.guests = guests;
        booking.holdExpiresAt = holdExpiresAt;
        booking.totalMinor = stayPrice.minor();
        booking.currency = stayPrice.currencyCode();
        booking.createdAt = now;
        booking.items.add(new BookingItem(booking, item, stay, stayPrice));
        return booking;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public OffsetDateTime getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public Money total() {
        return Money.of(totalMinor, currency);
    }

    public List<BookingItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
