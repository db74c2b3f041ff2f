package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.StayPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingRequestTest {

    private static final StayPeriod STAY = StayPeriod.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3));
    private static final GuestDetails GUEST = new GuestDetails("Ada Guest", "ada@example.org", "", "", true);

    @Test
    void aFamilysTwoRoomsCountTheGuestsOfBoth() {
        BookingRequest request = new BookingRequest(List.of(new BookingRequest.Room(1, 2, List.of(new AddOnChoice(9, 1))),
                new BookingRequest.Room(2, 3, List.of())), STAY, GUEST, Language.GERMAN);

        assertThat(request.guests()).isEqualTo(5);
        assertThat(request.rooms()).extracting(BookingRequest.Room::itemId).containsExactly(1L, 2L);
    }

    @Test
    void oneRoomIsARequestOfOneRoom() {
        BookingRequest request = new BookingRequest(7, STAY, 2, List.of(), GUEST);

        assertThat(request.rooms()).containsExactly(new BookingRequest.Room(7, 2, List.of()));
        assertThat(request.languageOr(Language.GERMAN)).as("the organisation's default, as at the desk").isEqualTo(Language.GERMAN);
    }

    @Test
    void noRoomOrARoomTwiceIsRefusedNamingItems() {
        assertThatThrownBy(() -> new BookingRequest(List.of(), STAY, GUEST, Language.ENGLISH))
                .isInstanceOfSatisfying(InvalidRequestException.class, refusal ->
                        assertThat(refusal.problems()).extracting(problem -> problem.field()).containsExactly("items"));
        assertThatThrownBy(() -> new BookingRequest(List.of(new BookingRequest.Room(1, 1, List.of()),
                new BookingRequest.Room(1, 2, List.of())), STAY, GUEST, Language.ENGLISH))
                .hasMessageContaining("Each room can be chosen once in a booking.");
    }
}
