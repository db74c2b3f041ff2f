package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On a booking's page, staff move a stay to another room of its type chosen from those free for its nights. */
@FullStack
@RunAsClient
class DashboardRoomUnitsBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void staffMoveAStayToARoomOfItsTypeListedAsFreeForItsNights() {
        Organisation org = fixtures.organisation("Harbour House");
        Item doubles = fixtures.item(org, "Standard Double");
        fixtures.units(doubles, 3);
        fixtures.unitName(doubles, 3, "Garden side");
        fixtures.inUnit(fixtures.paidBooking(org, doubles, JAN_1, JAN_3), 2);
        String reference = fixtures.reference(fixtures.paidBooking(org, doubles, JAN_1, JAN_3));

        try (Browser browser = Browser.open().visit("/dashboard/booking.xhtml?ref=" + reference)) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=booking-reference]").equals(reference));
            assertThat(browser.texts("select[data-role=booking-unit-input] option")).as("room 2 is taken those nights; room 3 has the name staff gave it")
                    .containsExactly("Room 1", "Garden side");

            browser.choose("booking-unit-input", "Garden side");
            browser.click("[data-role=booking-move-unit]");
            browser.waitUntil(page -> page.text("[data-role=booking-messages]").equals("The stay was moved."));
            assertThat(browser.texts("select[data-role=booking-unit-input] option")).containsExactly("Room 1", "Garden side");
            assertThat(browser.attributes("select[data-role=booking-unit-input] option[selected]", "textContent"))
                    .containsExactly("Garden side");
        }
        assertThat(fixtures.occupiedUnits(org)).containsExactlyInAnyOrder(doubles.id() + " 2 [" + JAN_1 + "," + JAN_3 + ")",
                doubles.id() + " 3 [" + JAN_1 + "," + JAN_3 + ")");
    }
}
