package dev.bookspace.booking;

import dev.bookspace.pricing.LineKind;
import dev.bookspace.pricing.QuoteLine;
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
 * One line of a booking's price as the guest was shown it when booking: nights at a rate, a discount,
 * an add-on, a fee or a tax. Kept as made, so no later change of a rate, tax or add-on changes what a
 * booking costs, says or refunds.
 */
@Entity
@Table(name = "booking_price_lines")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class BookingPriceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking booking;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private LineKind kind;

    @Column(nullable = false)
    private String label;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    protected BookingPriceLine() {
        // for JPA
    }

    BookingPriceLine(Booking booking, int position, QuoteLine line) {
        this.booking = booking;
        this.position = position;
        this.kind = line.kind();
        this.label = line.label();
        this.amountMinor = line.amount().minor();
    }

    /** The line in the same place of a changed stay's breakdown. */
    void become(QuoteLine line) {
        this.kind = line.kind();
        this.label = line.label();
        this.amountMinor = line.amount().minor();
    }

    QuoteLine line() {
        return new QuoteLine(kind, label, Money.of(amountMinor, booking.total().currencyCode()));
    }
}
