package dev.bookspace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff name each room of a room type on its editor ("101", "102", "Garden side"), refused inline when a name is
 * blank or taken twice; the names then show wherever staff tell the rooms apart: the calendar's lanes, a booking's
 * page, the bookings list and its spreadsheet, and the API's booking items (issue 13).
 */
@FullStack
@RunAsClient
class RoomUnitNamesBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void staffNameEachRoomOfATypeAndSeeTheNamesWhereverTheyTellTheRoomsApart() {
        Organisation org = fixtures.organisation("Harbour House");
        Item doubles = fixtures.item(org, "Standard Double");
        fixtures.units(doubles, 3);
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(1);
        long stay = fixtures.paidBooking(org, doubles, checkIn, checkIn.plusDays(2));
        fixtures.inUnit(stay, 2);
        String reference = fixtures.reference(stay);
        String editor = "/dashboard/room.xhtml?id=" + doubles.id();

        try (Browser browser = Browser.open().visit(editor)) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(editor));
            assertThat(browser.attributes("[data-role=unit-name-input]", "value")).containsExactly("1", "2", "3");

            browser.type("unit-name-input][data-unit='1'", "101");
            browser.type("unit-name-input][data-unit='2'", "101 ");
            browser.type("unit-name-input][data-unit='3'", " ");
            browser.click("[data-role=save-room]");
            browser.waitUntil(page -> !page.text("[data-role=unit-name-error][data-unit='3']").isEmpty());
            assertThat(browser.texts("[data-role=unit-name-error]")).containsExactly("",
                    "Another room of Standard Double is already called 101; give each room its own name.",
                    "Give room 3 of Standard Double a name, such as its door number.");

            browser.type("unit-name-input][data-unit='2'", "102");
            browser.type("unit-name-input][data-unit='3'", "Garden side");
            browser.click("[data-role=save-room]");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/rooms.xhtml"));
            browser.visit(editor);
            assertThat(browser.attributes("[data-role=unit-name-input]", "value")).containsExactly("101", "102", "Garden side");

            browser.visit("/dashboard/calendar.xhtml");
            browser.waitUntil(page -> page.texts("[data-role=calendar-stay]").size() == 1);
            assertThat(browser.script("return Array.from(document.querySelectorAll('[data-role=calendar-room]'))"
                    + ".map(room => room.textContent.trim())")).asList()
                    .containsExactly("Standard Double · 101", "Standard Double · 102", "Standard Double · Garden side");

            browser.visit("/dashboard/booking.xhtml?ref=" + reference);
            assertThat(browser.text("[data-role=booking-room]")).startsWith("Standard Double · 102, ");

            browser.visit("/dashboard/bookings.xhtml");
            assertThat(browser.texts("[data-role=booking-row-room]")).containsExactly("Standard Double · 102");
            String csv = Pages.fetch("/dashboard/bookings.csv", browser.cookie("JSESSIONID").getValue()).body();
            assertThat(csv.lines().filter(line -> line.startsWith("\"" + reference + "\""))).singleElement().asString()
                    .contains(",\"Standard Double · 102\",");
        }

        String key = fixtures.apiKey(org);
        JsonObject booking = Json.createReader(new StringReader(
                Pages.api("/api/v3/organisations/" + org.id() + "/bookings/" + reference, key).body())).readObject();
        JsonObject item = booking.getJsonArray("items").getJsonObject(0);
        assertThat(item.getInt("unit") + " " + item.getString("unit_name")).isEqualTo("2 102");
    }
}
