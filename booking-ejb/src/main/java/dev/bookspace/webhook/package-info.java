/**
 * Outgoing webhooks: an organisation's endpoints, the events its bookings send them
 * ({@code booking.created}, {@code .paid}, {@code .cancelled}, {@code .expired}), signed with
 * HMAC-SHA256, retried with backoff, and logged for the owner to read and replay.
 */
package dev.bookspace.webhook;
