package dev.bookspace.calendarsync;

import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;

/**
 * A room over-booked across channels: another channel's event overlaps what Bookspace already held.
 *
 * @param channel the feed's name, such as "Airbnb"
 * @param nights the event's nights
 * @param overlaps what in Bookspace holds some of them, in words
 */
public record Overbooking(long roomId, String roomTitle, String channel, StayPeriod nights, String overlaps) implements Serializable {
}
