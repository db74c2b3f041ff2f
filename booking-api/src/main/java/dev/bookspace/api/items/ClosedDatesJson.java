package dev.bookspace.api.items;

import dev.bookspace.availability.ClosedDates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An item's closed dates in the API.
 *
 * @param id the id by which they are reopened
 * @param itemId the item closed
 * @param checkIn the first night closed
 * @param checkout the day the item opens again
 * @param nights how many nights are closed
 * @param reason why, as staff or the integration wrote it
 * @param source {@code staff} (the dashboard) or {@code api} (an integration)
 * @param createdAt when they were closed
 * @param units the units of the item closed, lowest first
 * @param everyUnit whether that is every unit of the item, none left for those nights
 */
public record ClosedDatesJson(long id, long itemId, LocalDate checkIn, LocalDate checkout, long nights, String reason,
        String source, OffsetDateTime createdAt, List<Integer> units, boolean everyUnit) {

    static ClosedDatesJson of(ClosedDates closed) {
        return new ClosedDatesJson(closed.id(), closed.roomId(), closed.dates().checkIn(), closed.dates().checkout(),
                closed.dates().nights(), closed.reason(), closed.source(), closed.createdAt(), closed.units(), closed.everyUnit());
    }
}
