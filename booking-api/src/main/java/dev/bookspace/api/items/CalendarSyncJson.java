package dev.bookspace.api.items;

import java.util.List;

/**
 * An item's calendar sync with other channels.
 *
 * @param exportUrl the item's secret iCalendar feed of its taken nights, for other channels to import
 * @param imports the other channels' calendars the item imports
 */
public record CalendarSyncJson(String exportUrl, List<CalendarImportJson> imports) {
}
