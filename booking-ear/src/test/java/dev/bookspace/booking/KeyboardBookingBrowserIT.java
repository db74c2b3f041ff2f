package dev.bookspace.booking;

import static dev.bookspace.testing.Pages.roomsPath;
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
import org.openqa.selenium.Keys;

/**
 * A guest who uses no mouse books from the rooms page to the confirmation with the keyboard alone: Tab to
 * move, Escape to close a calendar, Enter to follow and press, Space to tick, the arrow keys to count, typing to fill in.
 */
@FullStack
@RunAsClient
class KeyboardBookingBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aGuestBooksARoomWithAnAddOnUsingOnlyTheKeyboard() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.addOn(org, room, "Breakfast", 1_200, "per_guest", 2);

        try (Browser guest = Browser.open().visit(roomsPath(org, JAN_1, JAN_3))) {
            // The stay picker opens its calendar as a dialog when it takes the focus; Escape closes it, and Tab goes on.
            closeTheStayPicker(guest);
            guest.tabTo("[data-role=room-link]");
            guest.keys(Keys.ENTER);
            guest.waitUntil(page -> page.text("[data-role=room-title]").equals("Sea Room"));
            assertThat(guest.text("[data-role=total]")).isEqualTo("€240.00");

            closeTheStayPicker(guest);
            guest.tabTo("[data-role=add-on][data-name='Breakfast']");
            guest.keys(Keys.SPACE);
            guest.waitUntil(page -> page.text("[data-role=total]").equals("€252.00"));
            guest.tabTo("[data-role=add-on][data-name='Breakfast'] [data-role=add-on-quantity]");
            guest.keys(Keys.ARROW_UP);
            guest.waitUntil(page -> page.text("[data-role=total]").equals("€264.00"));

            guest.tabTo("[data-role=guest-name]");
            guest.keys("Ada Lovelace");
            guest.tabTo("[data-role=guest-email]");
            guest.keys("ada@example.org");
            guest.tabTo("[data-role=guest-phone]");
            guest.keys("+44 20 7946 0000");
            guest.tabTo("[data-role=accept-terms]");
            guest.keys(Keys.SPACE);
            guest.tabTo("[data-role=book]");
            guest.keys(Keys.ENTER);

            guest.waitUntil(page -> page.find("booking-status").isDisplayed() && page.text("[data-role=total]").equals("€264.00"));
            assertThat(guest.text("[data-role=booking-room]")).isEqualTo("Sea Room");
        }
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
    }

    /**
     * Tabs to the stay picker, whose calendar opens as a dialog and takes the focus, and closes it with Escape, which
     * gives the focus back to the picker's field.
     */
    private static void closeTheStayPicker(Browser guest) {
        guest.tabTo("[data-role=stay]");
        // Opened, and redrawn with the nights' prices: the redraw moves the focus, and an Escape pressed before it is lost
        guest.waitUntil(page -> "opened".equals(calendar(page)) && !page.texts("[data-role=night-price]").isEmpty());
        guest.keys(Keys.ESCAPE);
        guest.waitUntil(page -> "closed".equals(calendar(page)));
    }

    /** "opened" once the calendar has finished appearing, "closed" once gone, else "moving". */
    private static String calendar(Browser page) {
        return (String) page.script("const input = document.querySelector('input[data-role=stay]');"
                + " const panel = document.getElementById(input.id.replace('_input', '_panel'));"
                + " if (panel === null || panel.offsetHeight === 0) return 'closed';"
                + " return panel.classList.contains('ui-connected-overlay-enter-done') ? 'opened' : 'moving'");
    }
}
