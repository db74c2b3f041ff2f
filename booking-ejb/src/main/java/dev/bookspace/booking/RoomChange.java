package dev.bookspace.booking;

import java.util.ArrayList;
import java.util.List;

/**
 * One room of a booking as staff or an integration change it: the booking's rooms become the list of these.
 *
 * @param continues the room of the booking (its item's id) this one continues, keeping its add-ons and its row, or
 *     null for a room added; a room of the booking that none continues is taken off
 * @param roomId the room it is now
 * @param guests how many stay in it; null keeps the number of the room it continues
 */
public record RoomChange(Long continues, long roomId, Integer guests) {

    /** The room of the booking kept as it is, for other nights. */
    public static RoomChange kept(long roomId) {
        return new RoomChange(roomId, roomId, null);
    }

    /**
     * The rooms asked for, paired with the booking's by room, as the API pairs them: a room the booking holds
     * continues itself; a booking of one room asked for one other room moves there with its add-ons; any other room
     * is added, and a room of the booking not asked for is taken off.
     *
     * @param held the rooms the booking holds
     * @param asked each room asked for, with its guests (null: as booked)
     */
    public static List<RoomChange> pairedByRoom(List<Long> held, List<RoomChange> asked) {
        if (held.size() == 1 && asked.size() == 1 && !held.contains(asked.get(0).roomId())) {
            return List.of(new RoomChange(held.get(0), asked.get(0).roomId(), asked.get(0).guests()));
        }
        List<RoomChange> paired = new ArrayList<>();
        for (RoomChange room : asked) {
            paired.add(new RoomChange(held.contains(room.roomId()) ? room.roomId() : null, room.roomId(), room.guests()));
        }
        return paired;
    }
}
