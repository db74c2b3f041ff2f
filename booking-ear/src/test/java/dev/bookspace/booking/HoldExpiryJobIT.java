package dev.bookspace.booking;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scheduled job expires an abandoned hold within a minute, freeing its room. */
@FullStack
@RunAsClient
class HoldExpiryJobIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void expiresAnUnpaidHoldPastItsTimeWithinAMinute() throws InterruptedException {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        long stale = fixtures.unpaidHold(org, room, JAN_1, JAN_3, Instant.now().minus(1, ChronoUnit.SECONDS));
        fixtures.unpaidHold(org, room, JAN_3, JAN_3.plusDays(1), Instant.now().plus(30, ChronoUnit.MINUTES));

        for (int waited = 0; waited < 60 && !fixtures.bookingStatuses(org).contains("expired"); waited++) {
            Thread.sleep(1_000);
        }

        assertThat(fixtures.bookingStatuses(org)).containsExactly("expired", "unpaid");
        assertThat(fixtures.blockingRanges(org)).containsExactly(room.id() + " [" + JAN_3 + "," + JAN_3.plusDays(1) + ")");
        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Sea Room");
        assertThat(fixtures.history(stale)).containsExactly("Bookspace: The hold expired unpaid; the room is free again.");
    }
}
