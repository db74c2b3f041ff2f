package dev.bookspace.webhook;

import java.io.Serializable;

/**
 * An endpoint just registered, with the one showing of its signing secret.
 *
 * @param signingSecret what the receiver checks {@code Bookspace-Signature} with
 */
public record NewWebhookEndpoint(WebhookEndpointRow endpoint, String signingSecret) implements Serializable {
}
