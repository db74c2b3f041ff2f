package dev.bookspace.calendarsync;

/**
 * What one sync of a feed changed.
 *
 * @param closed closed dates made for the feed's events
 * @param freed closed dates of the feed's events removed, for events gone or changed
 * @param overbooked events that overlap what Bookspace already held
 */
public record SyncResult(int closed, int freed, int overbooked) {
}
