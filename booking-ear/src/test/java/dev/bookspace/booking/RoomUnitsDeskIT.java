package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * At the desk, staff move a stay to another free room of its room type, and the calendar shows a lane per room of the
 * type (issue 13).
 */
@FullStack
class RoomUnitsDeskIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    private Organisation org;
    private Item doubles;
    private Scope owner;
    private String first;
    private String second;

    @BeforeEach
    void threeStandardDoublesTwoOfThemTaken() {
        org = fixtures.organisation("Harbour House");
        doubles = fixtures.item(org, "Standard Double");
        fixtures.units(doubles, 3);
        long inTwo = fixtures.paidBooking(org, doubles, JAN_1, JAN_3);
        fixtures.inUnit(inTwo, 2);
        first = fixtures.reference(inTwo);
        second = fixtures.reference(fixtures.paidBooking(org, doubles, JAN_1, JAN_3));
        String email = fixtures.user(org, "owner", true);
        owner = new Scope(org.id(), Long.parseLong(fixtures.userColumn(email, "id")), EnumSet.of(Role.OWNER));
    }

    @Test
    void staffMoveAStayToAFreeRoomOfItsTypeAndAreToldWhenTheRoomIsTaken() {
        InvalidRequestException taken = catchThrowableOfType(() -> desk().moveToUnit(owner, second, doubles.id(), 2),
                InvalidRequestException.class);
        InvalidRequestException none = catchThrowableOfType(() -> desk().moveToUnit(owner, second, doubles.id(), 4),
                InvalidRequestException.class);

        assertThat(taken.problems()).extracting(problem -> problem.field() + ": " + problem.message()).containsExactly(
                "unit: Room 2 of Standard Double is taken for some of those nights; choose another, or move that stay first.");
        assertThat(none.problems()).extracting(problem -> problem.field() + ": " + problem.message())
                .containsExactly("unit: Standard Double has rooms 1 to 3; choose one of them.");

        BookingDetail moved = desk().moveToUnit(owner, second, doubles.id(), 3);

        assertThat(moved.rooms()).extracting(BookingDetail.Room::unit).containsExactly(3);
        assertThat(moved.history()).extracting(BookingDetail.Event::description)
                .contains("Moved Standard Double from room 1 to room 3.");
        assertThat(fixtures.occupiedUnits(org)).containsExactlyInAnyOrder(doubles.id() + " 2 [" + JAN_1 + "," + JAN_3 + ")",
                doubles.id() + " 3 [" + JAN_1 + "," + JAN_3 + ")");
        assertThat(desk().detail(owner, first).rooms()).extracting(BookingDetail.Room::unit).containsExactly(2);
    }

    @Test
    void staffChooseAmongTheRoomsOfTheTypeFreeForTheStaysNights() {
        assertThat(desk().freeUnits(owner, second, doubles.id())).as("its own, and the one nobody has").containsExactly(1, 3);
        assertThat(desk().freeUnits(owner, first, doubles.id())).containsExactly(2, 3);
    }

    @Test
    void theCalendarHasALanePerRoomOfTheTypeAndPutsEachStayAndClosureInItsOwn() {
        fixtures.closedDates(org, doubles, JAN_4, JAN_5, "Painting");

        OccupancyCalendar calendar = CDI.current().select(CalendarService.class).get().calendar(owner, JAN_1, JAN_1.plusDays(7));

        assertThat(calendar.rooms()).extracting(room -> room.title() + " " + room.units()).containsExactly("Standard Double 3");
        assertThat(calendar.stays()).extracting(stay -> stay.reference() + " " + stay.unit())
                .containsExactlyInAnyOrder(first + " 2", second + " 1");
        assertThat(calendar.closures()).extracting(OccupancyCalendar.Closure::unit).containsExactly(1);
    }

    private static BookingDeskService desk() {
        return CDI.current().select(BookingDeskService.class).get();
    }
}
