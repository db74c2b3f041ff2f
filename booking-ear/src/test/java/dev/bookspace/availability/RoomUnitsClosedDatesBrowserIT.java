package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a room type's page staff close one of its rooms, by the name they gave it, or every room of the type (issue 13):
 * one room leaves the others on sale, every room takes the type off the rooms page; a room taken those nights is
 * refused in the dialog, naming the booking.
 */
@FullStack
@RunAsClient
class RoomUnitsClosedDatesBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));

    @Test
    void staffCloseOneNamedRoomOrEveryRoomOfTheTypeAndAreToldWhenTheRoomIsTaken() {
        Organisation org = fixtures.organisation("Harbour House");
        Item doubles = fixtures.item(org, "Standard Double");
        fixtures.units(doubles, 3);
        fixtures.unitName(doubles, 1, "101");
        fixtures.unitName(doubles, 2, "102");
        fixtures.unitName(doubles, 3, "Garden side");
        fixtures.item(org, "Suite");
        long stay = fixtures.paidBooking(org, doubles, today.plusDays(1), today.plusDays(3));
        fixtures.inUnit(stay, 2);
        String reference = fixtures.reference(stay);
        String roomPage = "/dashboard/room.xhtml?id=" + doubles.id();

        try (Browser browser = Browser.open().visit(roomPage)) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(roomPage));

            closeDates(browser, "102", today.plusDays(2), today.plusDays(4), "Painting");
            browser.waitUntil(page -> page.text("[data-role=close-dates-conflict]").equals("Standard Double · 102 is booked for "
                    + "some of those nights: " + reference + " (" + today.plusDays(1) + " to " + today.plusDays(3) + "). Nothing was "
                    + "closed; cancel or move that booking first, or choose other dates."));

            browser.choose("close-dates-unit", "Garden side");
            browser.click("[data-role=close-dates-submit]");
            browser.waitUntil(page -> page.texts("[data-role=closed-dates-units]").equals(List.of("Garden side")));
            // 101 is still free those nights: the room type stays on sale, with one room left.
            assertThat(Pages.get(roomsPath(org, today.plusDays(2), today.plusDays(3))).roomCards())
                    .containsExactly("Standard Double", "Suite");

            closeDates(browser, "Every room of this kind", today.plusDays(5), today.plusDays(7), "Renovation");
            browser.waitUntil(page -> page.texts("[data-role=closed-dates-units]").size() == 2);
            assertThat(browser.texts("[data-role=closed-dates-units]")).containsExactly("Garden side", "Every room of this kind");
            assertThat(Pages.get(roomsPath(org, today.plusDays(5), today.plusDays(7))).roomCards()).containsExactly("Suite");
        }
        assertThat(fixtures.occupiedUnits(org)).contains(
                doubles.id() + " 1 [" + today.plusDays(5) + "," + today.plusDays(7) + ")",
                doubles.id() + " 2 [" + today.plusDays(5) + "," + today.plusDays(7) + ")",
                doubles.id() + " 3 [" + today.plusDays(2) + "," + today.plusDays(4) + ")",
                doubles.id() + " 3 [" + today.plusDays(5) + "," + today.plusDays(7) + ")");
    }

    @Test
    void onTheCalendarStaffChooseTheRoomTypeThenOneOfItsRooms() {
        Organisation org = fixtures.organisation("Harbour House");
        Item doubles = fixtures.item(org, "Standard Double");
        fixtures.units(doubles, 2);
        fixtures.unitName(doubles, 2, "102");
        fixtures.item(org, "Suite");

        try (Browser browser = Browser.open().visit("/dashboard/calendar.xhtml")) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/calendar.xhtml"));
            browser.click("[data-role=open-close-dates]");
            browser.waitUntil(page -> page.find("close-dates-reason").isDisplayed());
            browser.choose("close-dates-room", "Standard Double");
            browser.waitUntil(page -> !page.texts("select[data-role=close-dates-unit] option").isEmpty());
            assertThat(browser.texts("select[data-role=close-dates-unit] option"))
                    .containsExactly("Every room of this kind", "1", "102");

            closeDates(browser, "102", today.plusDays(2), today.plusDays(4), "Painting");
            browser.waitUntil(page -> page.texts("[data-role=calendar-closure]").size() == 1);
        }
        assertThat(fixtures.occupiedUnits(org)).containsExactly(
                doubles.id() + " 2 [" + today.plusDays(2) + "," + today.plusDays(4) + ")");
    }

    /** Fills in the close-dates dialog (opened unless it is open) for one room of the type, or every room, and sends it. */
    private static void closeDates(Browser browser, String unit, LocalDate checkIn, LocalDate checkout, String reason) {
        if (!browser.find("close-dates-reason").isDisplayed()) {
            browser.click("[data-role=open-close-dates]");
            browser.waitUntil(page -> page.find("close-dates-reason").isDisplayed());
        }
        browser.choose("close-dates-unit", unit);
        browser.typeDate("close-dates-check-in", checkIn);
        browser.typeDate("close-dates-checkout", checkout);
        browser.type("close-dates-reason", reason);
        browser.click("[data-role=close-dates-submit]");
    }
}
