package dev.bookspace.webhook;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An endpoint as its owner sees it listed: never its signing secret. */
public record WebhookEndpointRow(long id, String url, String description, OffsetDateTime createdAt) implements Serializable {
}
