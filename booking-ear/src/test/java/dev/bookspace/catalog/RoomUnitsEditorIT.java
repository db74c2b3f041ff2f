package dev.bookspace.catalog;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
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
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff set how many identical rooms a room type sells on its editor (issue 13): more at once, fewer only while the
 * rooms dropped hold no stay from today on, refused with a message on the units field otherwise.
 */
@FullStack
class RoomUnitsEditorIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    private Organisation org;
    private Item room;
    private Scope owner;

    @BeforeEach
    void aRoomAndItsOwner() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Standard Double");
        String email = fixtures.user(org, "owner", true);
        owner = new Scope(org.id(), Long.parseLong(fixtures.userColumn(email, "id")), EnumSet.of(Role.OWNER));
    }

    @Test
    void aNewRoomTypeAndAnEditedRoomSellTheUnitsStaffGive() {
        RoomForm form = rooms().getRoom(owner, room.id());
        assertThat(form.getUnits()).isEqualTo(1);

        form.setUnits(5);
        rooms().saveRoom(owner, room.id(), form);
        RoomForm created = new RoomForm();
        created.setTitle("Family Room");
        created.setNightlyPrice(new BigDecimal("150.00"));
        created.setUnits(2);
        long family = rooms().saveRoom(owner, null, created);

        assertThat(rooms().getRoom(owner, room.id()).getUnits()).isEqualTo(5);
        assertThat(rooms().getRoom(owner, family).getUnits()).isEqualTo(2);
    }

    @Test
    void fewerUnitsAreRefusedWhileADroppedUnitHoldsAStayAndTakenOnceItIsFree() {
        fixtures.units(room, 3);
        long stay = fixtures.paidBooking(org, room, JAN_1, JAN_3);
        fixtures.inUnit(stay, 3);
        RoomForm form = rooms().getRoom(owner, room.id());
        form.setUnits(2);

        InvalidRequestException refused = catchThrowableOfType(() -> rooms().saveRoom(owner, room.id(), form),
                InvalidRequestException.class);

        assertThat(refused.problems()).extracting(problem -> problem.field() + ": " + problem.message())
                .containsExactly("units: Room 3 of Standard Double has stays or closed dates from today on; move them to "
                        + "another room or cancel them first, or keep 3 rooms.");
        assertThat(rooms().getRoom(owner, room.id()).getUnits()).isEqualTo(3);

        fixtures.inUnit(stay, 1);
        rooms().saveRoom(owner, room.id(), form);
        assertThat(rooms().getRoom(owner, room.id()).getUnits()).isEqualTo(2);
    }

    private static RoomService rooms() {
        return CDI.current().select(RoomService.class).get();
    }
}
