/**
 * Calendar sync with other channels: each room's nights served as a secret iCalendar feed, and other
 * channels' feeds fetched on a schedule and turned into closed dates under the bookings' exclusion
 * constraint, over-bookings across channels flagged.
 */
package dev.bookspace.calendarsync;
