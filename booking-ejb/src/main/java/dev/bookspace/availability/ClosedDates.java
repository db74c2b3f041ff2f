package dev.bookspace.availability;

import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A room's closed dates, as the dashboard lists them and the API answers them.
 *
 * @param id the block's id, by which it is reopened
 * @param roomId the room closed
 * @param dates the nights closed: from the first to the day the room opens again
 * @param reason why, as staff wrote it
 * @param source {@value RoomBlock#BY_STAFF} or {@value RoomBlock#BY_API}
 * @param createdAt when the dates were closed
 */
public record ClosedDates(long id, long roomId, StayPeriod dates, String reason, String source, OffsetDateTime createdAt)
        implements Serializable {

    public static ClosedDates of(RoomBlock block) {
        return new ClosedDates(block.getId(), block.getItem().getId(), block.getStay(), block.getReason(), block.getSource(),
                block.getCreatedAt());
    }

    /** How a refusal names these dates: their reason and nights. */
    String described() {
        return "closed dates " + id + ": " + reason + ", " + dates.checkIn() + " to " + dates.checkout();
    }
}
