package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff close a room's dates from the calendar or the room's page, see them as a bar, and reopen them. */
@FullStack
@RunAsClient
class DashboardClosedDatesBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
    private Organisation org;
    private Item seaRoom;

    @BeforeEach
    void twoRooms() {
        org = fixtures.organisation("Harbour House");
        seaRoom = fixtures.item(org, "Sea Room");
        fixtures.item(org, "Garden Room");
    }

    @Test
    void staffCloseDatesOnTheCalendarSeeTheBarAndReopenThemOnTheRoomsPage() {
        try (Browser browser = signedIn("/dashboard/calendar.xhtml")) {
            closeDates(browser, "Sea Room", today.plusDays(1), today.plusDays(8), "<i>Painting</i>");

            // The reason is shown as staff typed it: as text, not as markup.
            browser.waitUntil(page -> closures(page).contains("Closed: <i>Painting</i>"));
            assertThat((String) browser.script("return document.querySelector('[data-role=calendar-closure]')"
                    + ".closest('.vis-item').className")).contains("stay-closed");
            assertThat(Pages.get(roomsPath(org, today.plusDays(2), today.plusDays(4))).roomCards()).containsExactly("Garden Room");

            browser.waitUntil(page -> page.find("calendar-closure").isDisplayed());
            browser.click("[data-role=calendar-closure]");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/room.xhtml?id=" + seaRoom.id()));
            assertThat(browser.texts("[data-role=closed-dates-row]")).containsExactly("<i>Painting</i>");
            browser.click("[data-role=reopen-dates]");
            browser.click("[data-role=confirm-yes]");
            browser.waitUntil(page -> page.texts("[data-role=closed-dates-row]").isEmpty());
        }
        assertThat(fixtures.closedDates(org)).isEmpty();
        assertThat(Pages.get(roomsPath(org, today.plusDays(2), today.plusDays(4))).roomCards())
                .containsExactly("Garden Room", "Sea Room");
    }

    @Test
    void closingBookedNightsIsRefusedInTheDialogNamingTheBooking() {
        String reference = fixtures.reference(fixtures.paidBooking(org, seaRoom, JAN_1, JAN_3));

        try (Browser browser = signedIn("/dashboard/room.xhtml?id=" + seaRoom.id())) {
            closeDates(browser, null, JAN_2, JAN_3, "Plumbing");

            browser.waitUntil(page -> page.text("[data-role=close-dates-conflict]").startsWith(
                    "Sea Room is booked for some of those nights: " + reference + " (" + JAN_1 + " to " + JAN_3 + ")."));
            browser.type("close-dates-reason", "");
            browser.click("[data-role=close-dates-submit]");
            browser.waitUntil(page -> page.text("[data-role=close-dates-reason-error]")
                    .equals("Please say why the room is closed, such as \"Painting\"."));

            browser.typeDate("close-dates-check-in", JAN_3);
            browser.typeDate("close-dates-checkout", JAN_3.plusDays(2));
            browser.type("close-dates-reason", "Plumbing");
            browser.click("[data-role=close-dates-submit]");
            browser.waitUntil(page -> page.texts("[data-role=closed-dates-row]").contains("Plumbing"));
        }
        assertThat(fixtures.closedDates(org)).containsExactly(seaRoom.id() + " [" + JAN_3 + "," + JAN_3.plusDays(2) + ") Plumbing");
    }

    @Test
    void aGuestCannotBookClosedNightsOnTheRoomsOwnPage() {
        try (Browser browser = Browser.open().visit("/" + org.identifier() + "/rooms/" + seaRoom.id()
                + "?check_in=" + JAN_1 + "&checkout=" + JAN_3)) {
            fixtures.closedDates(org, seaRoom, JAN_2, JAN_3, "Owner's stay");
            browser.type("guest-email", "ada@example.org");
            browser.type("guest-name", "Ada Lovelace");
            browser.type("guest-phone", "+44 20 7946 0000");
            browser.click("[data-role=accept-terms] .ui-chkbox-box");
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=booking-conflict]").startsWith("Sea Room was just booked for some of those nights."));
            assertThat(browser.text("[data-role=alternative]")).isEqualTo("Garden Room");
        }
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    /** The closed dates' bars on the calendar, by their text (which a short bar may clip from view). */
    private static List<?> closures(Browser browser) {
        return (List<?>) browser.script("return Array.from(document.querySelectorAll('[data-role=calendar-closure]'))"
                + ".map(bar => bar.textContent.trim())");
    }

    /** Fills in the close-dates dialog and sends it; {@code room} null on a room's own page, which has no choice of room. */
    private static void closeDates(Browser browser, String room, LocalDate checkIn, LocalDate checkout, String reason) {
        browser.click("[data-role=open-close-dates]");
        browser.waitUntil(page -> page.find("close-dates-reason").isDisplayed());
        if (room != null) {
            browser.choose("close-dates-room", room);
        }
        browser.typeDate("close-dates-check-in", checkIn);
        browser.typeDate("close-dates-checkout", checkout);
        browser.type("close-dates-reason", reason);
        browser.click("[data-role=close-dates-submit]");
    }

    private Browser signedIn(String path) {
        Browser browser = Browser.open().visit(path);
        browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(path));
        return browser;
    }
}
