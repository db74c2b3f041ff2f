package dev.bookspace.webhook;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.TextRules;
import dev.bookspace.shared.OutboundSettings;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The organisation's webhook endpoints and their delivery log, for its owners only. */
@Stateless
@TenantScoped
public class WebhookService {

    /** Each event is sent to every endpoint; a few are plenty, and the limit bounds one booking's fan-out. */
    static final int MAX_ENDPOINTS = 10;
    /** The log shows this many of the latest deliveries. */
    public static final int LOG_LENGTH = 100;

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private OutboundSettings outbound;

    @Inject
    private ReplayLimits replayLimits;

    @EJB
    private AuditTrail audit;

    public NewWebhookEndpoint register(Scope scope, String url, String description) {
        requireOwner(scope);
        String checkedUrl = WebhookUrls.check(url, outbound.guard());
        String note = description == null ? "" : description.strip();
        if (note.length() > 200 || !TextRules.isOneLine(note)) {
            throw new InvalidRequestException("description", "Describe the endpoint on one line of at most 200 characters.")
                    .worded("webhooks.description");
        }
        if (endpoints().size() >= MAX_ENDPOINTS) {
            throw new InvalidRequestException("url", "An organisation has at most " + MAX_ENDPOINTS
                    + " endpoints; remove one first.").worded("webhooks.tooMany", MAX_ENDPOINTS);
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(checkedUrl, note, now());
        entityManager.persist(endpoint);
        entityManager.flush();
        audit.record(scope, "webhook_endpoint.registered", subject(endpoint.row()), null, fields(endpoint.row()));
        return new NewWebhookEndpoint(endpoint.row(), endpoint.getSigningSecret());
    }

    public List<WebhookEndpointRow> list(Scope scope) {
        requireOwner(scope);
        return endpoints().stream().map(WebhookEndpoint::row).toList();
    }

    /** Stops sending to it at once; its deliveries leave the log with it. */
    public void remove(Scope scope, long endpointId) {
        requireOwner(scope);
        WebhookEndpoint endpoint = endpoint(endpointId);
        entityManager.remove(endpoint);
        audit.record(scope, "webhook_endpoint.removed", subject(endpoint.row()), fields(endpoint.row()), null);
    }

    /** The latest deliveries, newest first. */
    public List<WebhookDeliveryRow> deliveries(Scope scope) {
        requireOwner(scope);
        Map<Long, String> urls = endpoints().stream()
                .collect(Collectors.toMap(WebhookEndpoint::getId, endpoint -> endpoint.row().url()));
        return entityManager.createNamedQuery("WebhookDelivery.latest", WebhookDelivery.class)
                .setMaxResults(LOG_LENGTH)
                .getResultStream()
                .map(delivery -> delivery.row(urls.get(delivery.getEndpointId())))
                .toList();
    }

    /**
     * Sends the delivery's event again, as it was, to the same endpoint: a new line in the log. At most
     * {@link ReplayLimits#PER_MINUTE} a minute, else {@link ReplayLimitException}.
     */
    public WebhookDeliveryRow replay(Scope scope, long deliveryId) {
        requireOwner(scope);
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            throw new NotFoundException("There is no such delivery.");
        }
        OptionalLong wait = replayLimits.retryAfter(scope.organisationId());
        if (wait.isPresent()) {
            throw new ReplayLimitException(wait.getAsLong());
        }
        WebhookDelivery again = delivery.replay(now());
        entityManager.persist(again);
        entityManager.flush();
        WebhookEndpointRow endpoint = endpoint(delivery.getEndpointId()).row();
        WebhookDeliveryRow replayed = again.row(endpoint.url());
        audit.record(scope, "webhook_endpoint.delivery_replayed", subject(endpoint), null,
                AuditFields.of().put("replayed_delivery", deliveryId).put("event", replayed.eventType() + " " + replayed.bookingReference()));
        return replayed;
    }

    /** The signing secret is never part of what the log compares. */
    private static AuditSubject subject(WebhookEndpointRow endpoint) {
        return AuditSubject.of("webhook_endpoint", endpoint.id(), endpoint.url());
    }

    private static AuditFields fields(WebhookEndpointRow endpoint) {
        return AuditFields.of().put("url", endpoint.url()).put("description", endpoint.description());
    }

    private List<WebhookEndpoint> endpoints() {
        return entityManager.createNamedQuery("WebhookEndpoint.all", WebhookEndpoint.class).getResultList();
    }

    private WebhookEndpoint endpoint(long endpointId) {
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, endpointId);
        if (endpoint == null) {
            throw new NotFoundException("There is no such endpoint.");
        }
        return endpoint;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static void requireOwner(Scope scope) {
        if (!scope.has(Role.OWNER)) {
            throw new NotFoundException("There are no webhooks to see here.");
        }
    }
}
