package dev.bookspace.calendarsync;

import java.time.ZoneId;

/**
 * A feed as its fetch needs it.
 *
 * @param zone the organisation's time zone, in which times given in UTC fall on their nights
 */
record FeedTarget(long feedId, String url, String etag, String lastModified, ZoneId zone) {
}
