package dev.bookspace.webhook;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One event sent (or being sent) to one endpoint, as the owner's delivery log shows it.
 *
 * @param status {@code pending} (queued or waiting to retry), {@code delivered} or {@code failed} (given up)
 * @param lastResponseStatus the endpoint's HTTP status at the last attempt, or null when it did not answer
 * @param lastFailure why the last attempt got no answer (refused, timed out, …), or null when it got one
 */
public record WebhookDeliveryRow(long id, String endpointUrl, String eventId, String eventType, String bookingReference,
        String status, int attempts, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt,
        Integer lastResponseStatus, String lastFailure) implements Serializable {
}
