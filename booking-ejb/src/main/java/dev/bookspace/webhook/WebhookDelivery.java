package dev.bookspace.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One event to one endpoint and how its attempts went. Queued by the delivery job (natively, in
 * bulk); read and replayed through this entity.
 */
@Entity
@Table(name = "webhook_deliveries")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "WebhookDelivery.latest", query = "SELECT d FROM WebhookDelivery d ORDER BY d.createdAt DESC, d.id DESC")
public class WebhookDelivery {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "endpoint_id", nullable = false)
    private long endpointId;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "booking_reference", nullable = false)
    private String bookingReference;

    @Column(nullable = false)
    private String payload;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "last_response_status")
    private Integer lastResponseStatus;

    @Column(name = "last_failure")
    private String lastFailure;

    protected WebhookDelivery() {
        // for JPA
    }

    /** The same event, same id and payload, queued again to the same endpoint: the owner's replay. */
    WebhookDelivery replay(OffsetDateTime now) {
        WebhookDelivery again = new WebhookDelivery();
        again.endpointId = endpointId;
        again.eventId = eventId;
        again.eventType = eventType;
        again.bookingReference = bookingReference;
        again.payload = payload;
        again.status = PENDING;
        again.createdAt = now;
        again.nextAttemptAt = now;
        return again;
    }

    /** @param retryAt when to try again, or null when delivered or given up */
    void recordAttempt(DeliveryOutcome outcome, OffsetDateTime retryAt) {
        status = outcome.delivered() ? DELIVERED : retryAt == null ? FAILED : PENDING;
        nextAttemptAt = outcome.delivered() ? null : retryAt;
        lastResponseStatus = outcome.status();
        lastFailure = outcome.failure();
    }

    WebhookDeliveryRow row(String endpointUrl) {
        return new WebhookDeliveryRow(id, endpointUrl, eventId, eventType, bookingReference, status, attempts, createdAt,
                lastAttemptAt, nextAttemptAt, lastResponseStatus, lastFailure);
    }

    long getEndpointId() {
        return endpointId;
    }

    int getAttempts() {
        return attempts;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
