package dev.bookspace.booking;

import dev.bookspace.catalog.AddOn;
import dev.bookspace.catalog.Item;
import dev.bookspace.pricing.PricedStay;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
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
 * A guest's booking: its reference, status, guest, price and the item it occupies. An unpaid booking
 * with {@code holdExpiresAt} is a hold that frees its item when the time passes unpaid; an unpaid
 * booking without it is taken as pay-on-arrival.
 */
@Entity
@Table(name = "bookings")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "Booking.findByReference", query = "SELECT b FROM Booking b WHERE b.reference = :reference")
@NamedQuery(name = "Booking.findByStripeSession", query = "SELECT b FROM Booking b WHERE b.stripeSessionId = :sessionId")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String reference;

    @Column(name = "access_token", nullable = false)
    private String accessToken;

    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "guest_name", nullable = false)
    private String guestName;

    @Column(name = "guest_email", nullable = false)
    private String guestEmail;

    @Column(name = "guest_phone", nullable = false)
    private String guestPhone;

    @Column(nullable = false)
    private String notes;

    @Column(nullable = false)
    private int guests;

    @Column(name = "hold_expires_at")
    private OffsetDateTime holdExpiresAt;

    @Column(name = "payment_method", nullable = false)
    private PaymentMethod paymentMethod;

    @Column(name = "stripe_session_id")
    private String stripeSessionId;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST)
    private List<BookingItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<BookingAddOn> addOns = new ArrayList<>();

    protected Booking() {
        // for JPA
    }

    /**
     * A new unpaid booking of one item. With {@code holdExpiresAt} it is a hold awaiting card
     * payment; without it, a pay-on-arrival booking.
     *
     * @param addOnsChosen the catalogue add-ons, in the order of the price's add-on lines
     */
    public Booking(String reference, String accessToken, Item item, StayPeriod stay, int guests, GuestDetails guest,
            PricedStay price, List<AddOn> addOnsChosen, PaymentMethod paymentMethod, OffsetDateTime now,
            OffsetDateTime holdExpiresAt) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.status = BookingStatus.UNPAID;
        this.guestName = guest.getName().strip();
        this.guestEmail = guest.getEmail().strip();
        this.guestPhone = guest.getPhone().strip();
        this.notes = guest.getNotes() == null ? "" : guest.getNotes().strip();
        this.guests = guests;
        this.paymentMethod = Objects.requireNonNull(paymentMethod, "paymentMethod");
        this.holdExpiresAt = holdExpiresAt;
        this.totalMinor = price.quote().total().minor();
        this.currency = price.quote().total().currencyCode();
        this.createdAt = now;
        this.items.add(new BookingItem(this, item, stay, price.quote().stay().amount()));
        for (int line = 0; line < addOnsChosen.size(); line++) {
            this.addOns.add(new BookingAddOn(this, addOnsChosen.get(line), price.chosen().get(line).quantity(),
                    price.quote().addOns().get(line).amount()));
        }
    }

    /** The guest paid: the hold becomes a paid booking. Answers whether anything changed. */
    public boolean markPaid(OffsetDateTime now) {
        if (status != BookingStatus.UNPAID) {
            return false;
        }
        moveTo(BookingStatus.PAID, null);
        paidAt = now;
        return true;
    }

    /** A payment arrived for a hold that had already expired: it takes its item again, if still free. */
    public boolean reinstateAsPaid(OffsetDateTime now) {
        if (status != BookingStatus.EXPIRED) {
            return false;
        }
        moveTo(BookingStatus.PAID, null);
        paidAt = now;
        return true;
    }

    /** The hold's payment never came: the item is free again. Answers whether anything changed. */
    public boolean expire() {
        if (status != BookingStatus.UNPAID || holdExpiresAt == null) {
            return false;
        }
        moveTo(BookingStatus.EXPIRED, holdExpiresAt);
        return true;
    }

    public void attachCheckoutSession(String sessionId) {
        this.stripeSessionId = Objects.requireNonNull(sessionId, "sessionId");
    }

    private void moveTo(BookingStatus next, OffsetDateTime expiry) {
        status = next;
        holdExpiresAt = expiry;
        items.forEach(BookingItem::followBooking);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getGuestName() {
        return guestName;
    }

    public String getGuestEmail() {
        return guestEmail;
    }

    public int getGuests() {
        return guests;
    }

    public OffsetDateTime getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Money total() {
        return Money.of(totalMinor, currency);
    }

    public List<BookingItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public List<BookingAddOn> getAddOns() {
        return Collections.unmodifiableList(addOns);
    }
}
