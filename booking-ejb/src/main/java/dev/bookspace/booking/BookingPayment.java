package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** Money that came in for a booking, or went back to its guest. */
@Entity
@Table(name = "booking_payments")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class BookingPayment {

    static final String PAYMENT = "payment";
    static final String REFUND = "refund";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking booking;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private PaymentMethod method;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    /** The Checkout session of a card payment, or Stripe's id of a refund. */
    @Column(name = "stripe_id")
    private String stripeId;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected BookingPayment() {
        // for JPA
    }

    BookingPayment(Booking booking, String kind, PaymentMethod method, long amountMinor, String stripeId,
            OffsetDateTime recordedAt) {
        this.booking = booking;
        this.kind = kind;
        this.method = method;
        this.amountMinor = amountMinor;
        this.stripeId = stripeId;
        this.recordedAt = recordedAt;
    }

    public boolean isRefund() {
        return REFUND.equals(kind);
    }

    /** Positive for money in, negative for a refund. */
    long signedMinor() {
        return isRefund() ? -amountMinor : amountMinor;
    }

    public Money amount() {
        return Money.of(amountMinor, booking.total().currencyCode());
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getStripeId() {
        return stripeId;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
