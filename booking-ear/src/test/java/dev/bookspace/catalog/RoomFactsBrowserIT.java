package dev.bookspace.catalog;

import static dev.bookspace.testing.Pages.roomsPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Page;
import dev.bookspace.testing.TestMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff describe a room on its dashboard page (beds, size, amenities, its own check-in and checkout hours) and
 * guests find it where they choose and book: the room's card, the room's page, and their booking's page, e-mail and
 * calendar file, whose hours are the room's own.
 */
@FullStack
@RunAsClient
class RoomFactsBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void guestsSeeTheBedsSizeAmenitiesAndHoursStaffGaveTheRoom() throws Exception {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        String editor = "/dashboard/room.xhtml?id=" + room.id();
        try (Browser browser = Browser.open().visit(editor)) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(editor));
            assertThat(browser.text("[data-role=room-facts] .note")).contains("Check-in from 15:00, checkout until 11:00.");
            browser.type("bed-count][data-kind=double", "1");
            browser.type("bed-count][data-kind=sofa_bed", "1");
            browser.type("room-size-input", "0");
            browser.waitUntil(page -> page.text("[data-role=size-error]")
                    .equals("A size is at least 1 m²; leave it empty if you do not know it."));
            browser.type("room-size-input", "25");
            for (String amenity : List.of("Wi-Fi", "Balcony", "Sea view", "Private bathroom", "Safe")) {
                tick(browser, amenity);
            }
            // A time input's keys depend on the browser's locale; a person's choice of 16:00 is this value.
            browser.script("document.querySelector('[data-role=room-check-in-from]').value = '16:00'");
            browser.script("document.querySelector('[data-role=room-check-out-until]').value = '10:00'");
            browser.click("[data-role=save-room]");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/rooms.xhtml"));
            assertThat(browser.text("[data-role=rooms-messages]")).isEqualTo("Sea Room saved.");

            browser.visit(editor);
            assertThat(browser.find("room-size-input").getAttribute("value")).as("kept, and shown again").isEqualTo("25");
            assertThat(browser.find("bed-count][data-kind=double").getAttribute("value")).isEqualTo("1");
        }

        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);
        Page rooms = Pages.get(roomsPath(org, checkIn, checkIn.plusDays(2)));
        assertThat(rooms.text("room-facts")).isEqualTo("25 m² · 1 double bed · 1 sofa bed");
        assertThat(rooms.html().select("[data-role=room-card] [data-role=room-amenity]").eachText())
                .as("the first four, in the list's order").containsExactly("Wi-Fi", "Private bathroom", "Sea view", "Balcony");

        Page roomPage = Pages.get(rooms.link("room-link"));
        assertThat(roomPage.text("room-size")).isEqualTo("25 m²");
        assertThat(roomPage.text("room-beds")).isEqualTo("1 double bed · 1 sofa bed");
        assertThat(roomPage.html().select("[data-role=room-amenity]").eachText())
                .containsExactly("Wi-Fi", "Private bathroom", "Sea view", "Balcony", "Safe");
        assertThat(roomPage.text("property-hours")).isEqualTo("Check-in from 16:00, checkout until 10:00.");

        String guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn, checkIn.plusDays(2), guest);
        Page confirmation = Pages.get(booking.guestPage());
        assertThat(confirmation.text("property-hours")).isEqualTo("Check-in from 16:00, checkout until 10:00.");
        assertThat(TestMail.awaitBody(guest, "Your booking")).contains("Getting there:\n  Check-in from 16:00, checkout until 10:00.");
        String calendar = Pages.fetch(confirmation.link("stay-calendar")).body().replace("\r\n ", "");
        String arrival = calendar.lines().filter(line -> line.startsWith("DTSTART")).findFirst().orElseThrow();
        assertThat(arrival).as("the room's 16:00, not the organisation's 15:00").endsWith(expectedUtc(checkIn, 16));
    }

    @Test
    void guestsSortTheRoomsWithASelectThatKeepsTheAddress() {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Attic", 9_000);
        fixtures.roomSize(fixtures.item(org, "Barn", 30_000), 80);
        fixtures.roomSize(fixtures.item(org, "Cabin", 15_000), 30);
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);

        try (Browser browser = Browser.open().visit(roomsPath(org, checkIn, checkIn.plusDays(2)))) {
            assertThat(browser.roomCards()).containsExactly("Attic", "Barn", "Cabin");

            browser.choose("sort", "Size, largest first");
            browser.waitUntil(page -> page.roomCards().equals(List.of("Barn", "Cabin", "Attic")));
            assertThat(browser.currentPath()).isEqualTo(roomsPath(org, checkIn, checkIn.plusDays(2)) + "&sort=size");

            browser.choose("sort", "Price, lowest first");
            browser.waitUntil(page -> page.roomCards().equals(List.of("Attic", "Cabin", "Barn")));
            assertThat(browser.currentPath()).endsWith("&sort=price");
        }
    }

    /** Ticks an amenity by its label, as a person clicks it. */
    private static void tick(Browser browser, String amenity) {
        browser.script("[...document.querySelectorAll('[data-role=room-amenities] label')]"
                + ".find(label => label.textContent.trim() === '" + amenity + "').click()");
    }

    /** The iCalendar UTC time of {@code hour}:00 in Lisbon on that day: "T150000Z". */
    private static String expectedUtc(LocalDate day, int hour) {
        return "T" + "%02d".formatted(day.atTime(hour, 0).atZone(ZoneId.of("Europe/Lisbon")).withZoneSameInstant(ZoneId.of("UTC"))
                .getHour()) + "0000Z";
    }
}
