package dev.bookspace.api.items;

import java.util.List;

/**
 * An item's closed dates that have not ended yet, soonest first.
 *
 * @param closedDates the closed dates
 */
public record ClosedDatesListJson(List<ClosedDatesJson> closedDates) {
}
