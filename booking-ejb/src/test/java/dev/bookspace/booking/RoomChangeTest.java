package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the API pairs the rooms a change asks for with the booking's (ids past 127, which boxed longs do not share). */
class RoomChangeTest {

    private static final long SEA = 1_201;
    private static final long GARDEN = 1_202;
    private static final long LOFT = 1_203;

    @Test
    void aRoomTheBookingHoldsContinuesItselfAnyOtherIsAddedAndOneNotAskedForIsTakenOff() {
        List<RoomChange> paired = RoomChange.pairedByRoom(List.of(SEA, GARDEN),
                List.of(new RoomChange(null, SEA, null), new RoomChange(null, LOFT, 1)));

        assertThat(paired).containsExactly(new RoomChange(SEA, SEA, null), new RoomChange(null, LOFT, 1));
    }

    @Test
    void aBookingOfOneRoomAskedForAnotherMovesThereWithItsAddOns() {
        assertThat(RoomChange.pairedByRoom(List.of(SEA), List.of(new RoomChange(null, LOFT, null))))
                .containsExactly(new RoomChange(SEA, LOFT, null));
    }

    @Test
    void aBookingOfOneRoomAskedForItAndAnotherKeepsItAndGainsTheOther() {
        assertThat(RoomChange.pairedByRoom(List.of(SEA), List.of(new RoomChange(null, SEA, 2), new RoomChange(null, LOFT, 2))))
                .containsExactly(new RoomChange(SEA, SEA, 2), new RoomChange(null, LOFT, 2));
    }
}
