package dev.bookspace.webhook;

import dev.bookspace.integration.BookingJson;
import java.time.OffsetDateTime;

/**
 * The body of every webhook: which event, when it happened, and the booking as
 * {@code GET …/bookings/{reference}} shows it when the event was queued.
 *
 * @param id the same for every delivery and replay of one event, so a receiver can ignore repeats
 * @param type {@code booking.created}, {@code booking.paid}, {@code booking.cancelled}, {@code booking.expired} or
 *        {@code booking.changed}
 */
public record WebhookEventJson(String id, String type, OffsetDateTime createdAt, long organisationId, Data data) {

    public record Data(BookingJson booking) {
    }
}
