package dev.bookspace.calendarsync;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A room's feed from another channel, with its health as the room's page shows it.
 *
 * @param lastSuccessAt the last fetch that read the feed (or found it unchanged); null before the first
 * @param lastError why the last fetch failed, in words; null when it worked
 * @param blocks closed dates the feed's events hold now
 * @param overbooked the feed's events that overlap what Bookspace already held
 */
public record FeedHealth(long id, long roomId, String name, String url, OffsetDateTime lastSuccessAt, OffsetDateTime lastAttemptAt,
        String lastError, long blocks, long overbooked) implements Serializable {
}
