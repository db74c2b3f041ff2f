package dev.bookspace.availability;

import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A room's closed dates, as the dashboard lists them and the API answers them.
 *
 * @param id the block's id, by which it is reopened
 * @param roomId the room closed
 * @param dates the nights closed: from the first to the day the room opens again
 * @param reason why, as staff wrote it
 * @param source {@value RoomBlock#BY_STAFF} or {@value RoomBlock#BY_API}
 * @param createdAt when the dates were closed
 * @param units the units of the room closed, lowest first: every one of them, or one
 * @param unitNames what staff call those units ("101"), in the same order
 * @param everyUnit whether they close every unit of the room, so that none is left for those nights
 */
public record ClosedDates(long id, long roomId, StayPeriod dates, String reason, String source, OffsetDateTime createdAt,
        List<Integer> units, List<String> unitNames, boolean everyUnit) implements Serializable {

    public static ClosedDates of(RoomBlock block) {
        List<Integer> units = block.units();
        return new ClosedDates(block.getId(), block.getItem().getId(), block.getStay(), block.getReason(), block.getSource(),
                block.getCreatedAt(), units, units.stream().map(block.getItem()::unitName).toList(),
                units.size() >= block.getItem().getUnits());
    }

    /** The units closed, as staff call them: "101, 102". */
    public String namedUnits() {
        return String.join(", ", unitNames);
    }

    /** How a refusal names these dates: their reason and nights. */
    String described() {
        return "closed dates " + id + ": " + reason + ", " + dates.checkIn() + " to " + dates.checkout();
    }
}
