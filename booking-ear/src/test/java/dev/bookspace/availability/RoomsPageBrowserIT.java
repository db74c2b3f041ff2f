package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rooms page in headless Chromium: changing a date updates the cards and the address, without a reload. */
@FullStack
@RunAsClient
class RoomsPageBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void changingDatesInThePickersUpdatesTheCardsAndTheAddress() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.item(org, "Suite");
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_3, JAN_5))) {
            assertThat(browser.roomCards()).containsExactly("Sea Room", "Suite");
            browser.script("window.stillTheSamePage = true");

            browser.pickDate("check-in", JAN_2);

            browser.waitUntil(page -> page.roomCards().equals(List.of("Suite")));
            assertThat(browser.currentPath()).isEqualTo(roomsPath(org, JAN_2, JAN_5));
            assertThat(browser.script("return window.stillTheSamePage")).isEqualTo(true);

            browser.pickDate("checkout", JAN_1);

            browser.waitUntil(page -> page.roomCards().isEmpty()
                    && page.find("search-problem").getText().equals("Checkout must be after check-in."));
        }
    }
    @Test
    void typingGuestsKeepsToTheRoomsThatSleepThemAndSaysWhyTheOthersAreNot() {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");
        fixtures.item(org, "Family Room", 20_000, 4);

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_3, JAN_5))) {
            assertThat(browser.roomCards()).containsExactly("Family Room", "Sea Room");

            browser.type("guests", "3");

            browser.waitUntil(page -> page.roomCards().equals(List.of("Family Room")));
            assertThat(browser.currentPath()).isEqualTo(roomsPath(org, JAN_3, JAN_5) + "&guests=3");
            assertThat(browser.texts("[data-role=unavailable-room]")).containsExactly("Sea Room: Sleeps 2 (you are 3)");
        }
    }
}
