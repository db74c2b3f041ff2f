package dev.bookspace.webhook;

/** A delivery claimed for one attempt: what to send where. */
record DueDelivery(long id, String url, String signingSecret, String eventId, String eventType, String payload) {
}
