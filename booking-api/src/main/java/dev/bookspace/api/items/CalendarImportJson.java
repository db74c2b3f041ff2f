package dev.bookspace.api.items;

import dev.bookspace.calendarsync.FeedHealth;
import java.time.OffsetDateTime;

/**
 * Another channel's calendar that an item imports, with its health.
 *
 * @param name the channel, as staff or the integration named it ("Airbnb")
 * @param url the address it is fetched from
 * @param lastSuccessAt the last fetch that read it (or found it unchanged); null (absent in JSON) before the first
 * @param lastAttemptAt the last fetch, whatever came of it; null before the first
 * @param lastError why the last fetch failed, in words; null when it worked
 * @param closedDates how many closed dates its stays hold now
 * @param overbookedStays its stays that overlap a booking Bookspace already had, which staff must settle
 */
public record CalendarImportJson(long id, long itemId, String name, String url, OffsetDateTime lastSuccessAt,
        OffsetDateTime lastAttemptAt, String lastError, long closedDates, long overbookedStays) {

    static CalendarImportJson of(FeedHealth feed) {
        return new CalendarImportJson(feed.id(), feed.roomId(), feed.name(), feed.url(), feed.lastSuccessAt(), feed.lastAttemptAt(),
                feed.lastError(), feed.blocks(), feed.overbooked());
    }
}
