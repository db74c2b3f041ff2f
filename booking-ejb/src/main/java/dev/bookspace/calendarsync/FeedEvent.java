package dev.bookspace.calendarsync;

import dev.bookspace.shared.StayPeriod;

/**
 * One event of another channel's calendar feed, as the nights it takes.
 *
 * @param uid the event's UID, by which a later fetch changes or removes it
 * @param nights the nights taken: from the first to the day the room is free again
 * @param summary the event's SUMMARY, one line, or "Busy" when it has none
 */
public record FeedEvent(String uid, StayPeriod nights, String summary) {
}
