package dev.bookspace.webhook;

import dev.bookspace.booking.BookingDeskService;
import dev.bookspace.integration.ApiJson;
import dev.bookspace.integration.BookingJson;
import dev.bookspace.shared.RetrySchedule;
import dev.bookspace.shared.SecretBox;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery job's work for one organisation, each step in a transaction of its own and none
 * while an endpoint is being called: turn new booking events into deliveries, claim the deliveries
 * that are due, and record how each attempt went. Rows are claimed with {@code SKIP LOCKED} and
 * leased, so two servers never send the same attempt, and a server that dies mid-send leaves the
 * delivery to be tried again when the lease ends.
 */
@Stateless
@TenantScoped
public class WebhookQueue {

    /** A claimed delivery is not claimed again for this long: well beyond a send's timeouts. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String PENDING_EVENTS = """
            SELECT e.id, e.notice, e.happened_at, b.reference FROM booking_events e
            JOIN bookings b ON b.organisation_id = e.organisation_id AND b.id = e.booking_id
            WHERE e.organisation_id = ?1 AND e.notice_pending
            ORDER BY e.id LIMIT ?2 FOR UPDATE OF e SKIP LOCKED""";
    private static final String QUEUE_DELIVERY = """
            INSERT INTO webhook_deliveries (organisation_id, endpoint_id, event_id, event_type, booking_reference,
                payload, status, created_at, next_attempt_at)
            SELECT ?1, w.id, ?2, ?3, ?4, ?5, 'pending', ?6, ?6 FROM webhook_endpoints w WHERE w.organisation_id = ?1""";
    private static final String DUE = """
            SELECT d.id, w.url, w.signing_secret, d.event_id, d.event_type, d.payload FROM webhook_deliveries d
            JOIN webhook_endpoints w ON w.organisation_id = d.organisation_id AND w.id = d.endpoint_id
            WHERE d.organisation_id = ?1 AND d.status = 'pending' AND d.next_attempt_at <= ?2
            ORDER BY d.next_attempt_at LIMIT ?3 FOR UPDATE OF d SKIP LOCKED""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private BookingDeskService bookings;

    @Inject
    @ConfigProperty(name = "booking.webhooks.first-retry-seconds", defaultValue = "30")
    private long firstRetrySeconds;

    /**
     * Queues new booking events, up to a batch, for every endpoint the organisation has now, with the
     * booking as it stands; answers how many events were taken.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fanOut(Scope scope, OffsetDateTime now) {
        boolean anyEndpoint = !entityManager.createNamedQuery("WebhookEndpoint.all", WebhookEndpoint.class)
                .setMaxResults(1).getResultList().isEmpty();
        if (!anyEndpoint) {
            // Nobody to tell: the events are done with, however many a busy organisation made.
            return entityManager.createNativeQuery(
                            "UPDATE booking_events SET notice_pending = false WHERE organisation_id = ?1 AND notice_pending")
                    .setParameter(1, scope.organisationId())
                    .executeUpdate();
        }
        List<?> events = entityManager.createNativeQuery(PENDING_EVENTS)
                .setParameter(1, scope.organisationId())
                .setParameter(2, BATCH)
                .getResultList();
        List<Long> taken = new ArrayList<>();
        for (Object event : events) {
            Object[] row = (Object[]) event;
            taken.add(((Number) row[0]).longValue());
            queue(scope, (String) row[1], utc(row[2]), (String) row[3], now);
        }
        if (!taken.isEmpty()) {
            entityManager.createNativeQuery(
                            "UPDATE booking_events SET notice_pending = false WHERE organisation_id = ?1 AND id = ANY(?2)")
                    .setParameter(1, scope.organisationId())
                    .setParameter(2, taken.toArray(Long[]::new))
                    .executeUpdate();
        }
        return taken.size();
    }

    private void queue(Scope scope, String type, OffsetDateTime happenedAt, String reference, OffsetDateTime now) {
        String eventId = newEventId();
        BookingJson booking = BookingJson.of(bookings.detail(scope, reference), null);
        String payload = ApiJson.toJson(new WebhookEventJson(eventId, type, happenedAt, scope.organisationId(),
                new WebhookEventJson.Data(booking)));
        entityManager.createNativeQuery(QUEUE_DELIVERY)
                .setParameter(1, scope.organisationId())
                .setParameter(2, eventId)
                .setParameter(3, type)
                .setParameter(4, reference)
                .setParameter(5, payload)
                .setParameter(6, now)
                .executeUpdate();
    }

    /** Claims up to a batch of due deliveries for one attempt each, leasing them meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<DueDelivery> claimDue(Scope scope, OffsetDateTime now) {
        List<DueDelivery> due = new ArrayList<>();
        for (Object result : entityManager.createNativeQuery(DUE)
                .setParameter(1, scope.organisationId())
                .setParameter(2, now)
                .setParameter(3, BATCH)
                .getResultList()) {
            Object[] row = (Object[]) result;
            String signingSecret = SecretBox.configured().open((String) row[2]);
            due.add(new DueDelivery(((Number) row[0]).longValue(), (String) row[1], signingSecret, (String) row[3],
                    (String) row[4], (String) row[5]));
        }
        if (!due.isEmpty()) {
            entityManager.createNativeQuery("""
                            UPDATE webhook_deliveries SET attempts = attempts + 1, last_attempt_at = ?2, next_attempt_at = ?3
                            WHERE organisation_id = ?1 AND id = ANY(?4)""")
                    .setParameter(1, scope.organisationId())
                    .setParameter(2, now)
                    .setParameter(3, now.plus(LEASE))
                    .setParameter(4, due.stream().map(DueDelivery::id).toArray(Long[]::new))
                    .executeUpdate();
        }
        return due;
    }

    /** Delivered, due again later by the retry schedule, or given up. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Scope scope, long deliveryId, DeliveryOutcome outcome, OffsetDateTime now) {
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            return; // its endpoint was removed meanwhile
        }
        Optional<OffsetDateTime> retry = outcome.delivered() ? Optional.empty()
                : RetrySchedule.startingAfter(Duration.ofSeconds(firstRetrySeconds))
                        .nextAttempt(delivery.getAttempts(), delivery.getCreatedAt(), now);
        delivery.recordAttempt(outcome, retry.orElse(null));
    }

    private static String newEventId() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return "evt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static OffsetDateTime utc(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant().atOffset(ZoneOffset.UTC)
                : ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
