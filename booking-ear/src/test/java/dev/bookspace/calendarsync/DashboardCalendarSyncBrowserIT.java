package dev.bookspace.calendarsync;

import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.ChannelFeeds;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calendar sync on a room's page: staff copy or replace the room's feed address, add another channel's
 * calendar, fetch it now, read its health, and see a stay over a booking on the home page and the
 * calendar.
 */
@FullStack
@RunAsClient
class DashboardCalendarSyncBrowserIT {

    private static final String FEED = "/ical/host-7731.ics";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ChannelFeeds channels = new ChannelFeeds();
    private Organisation org;
    private Item seaRoom;

    @BeforeEach
    void aRoom() {
        org = fixtures.organisation("Harbour House");
        seaRoom = fixtures.item(org, "Sea Room");
    }

    @AfterEach
    void stopChannels() {
        channels.close();
    }

    @Test
    void staffAddAChannelsCalendarFetchItAndSeeTheOverbookingItFound() {
        String reference = fixtures.reference(fixtures.paidBooking(org, seaRoom, JAN_3, JAN_4));
        channels.serve(FEED, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN\r\n"
                + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + day(JAN_2) + "\r\nDTEND;VALUE=DATE:" + day(JAN_4) + "\r\n"
                + "UID:abc-1@airbnb.com\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        try (Browser browser = signedIn("/dashboard/room.xhtml?id=" + seaRoom.id())) {
            browser.type("calendar-feed-name-input", "Airbnb");
            browser.type("calendar-feed-url-input", channels.url(FEED));
            browser.click("[data-role=add-calendar-feed]");
            browser.waitUntil(page -> page.texts("[data-role=calendar-feed-name]").contains("Airbnb"));

            browser.click("[data-role=fetch-calendar-feed]");
            browser.waitUntil(page -> page.text("[data-role=calendar-feed-health]")
                    .equals("Working; 1 stay over-booked across channels"));
            assertThat(browser.text("[data-role=calendar-feed-blocks]")).isEqualTo("1");

            browser.visit("/dashboard/");
            browser.waitUntil(page -> !page.texts("[data-role=overbooking]").isEmpty());
            assertThat(browser.text("[data-role=overbooking]")).isEqualTo("Sea Room, " + JAN_2 + " to " + JAN_4
                    + " on Airbnb: overlaps booking " + reference + " (" + JAN_3 + " to " + JAN_4 + ")");

            browser.visit("/dashboard/calendar.xhtml");
            browser.waitUntil(page -> !page.texts("[data-role=calendar-overbooked]").isEmpty());
        }
        assertThat(fixtures.closedDatesWithSource(org)).containsExactly(seaRoom.id() + " [" + JAN_2 + "," + JAN_3 + ") feed Airbnb: Reserved");
    }

    @Test
    void aCalendarOnThePrivateNetworkIsRefusedNextToTheField() {
        try (Browser browser = signedIn("/dashboard/room.xhtml?id=" + seaRoom.id())) {
            browser.type("calendar-feed-name-input", "Airbnb");
            browser.type("calendar-feed-url-input", "https://10.0.0.7/calendar.ics");
            browser.click("[data-role=add-calendar-feed]");

            browser.waitUntil(page -> page.text("[data-role=calendar-feed-url-error]").equals(
                    "Refused: 10.0.0.7 is a private address; only addresses on the public internet are called."));
        }
    }

    @Test
    void replacingTheRoomsAddressRetiresTheOldOne() {
        try (Browser browser = signedIn("/dashboard/room.xhtml?id=" + seaRoom.id())) {
            String old = browser.find("calendar-export-url").getAttribute("value");
            assertThat(old).matches(Pages.BASE_URL + "/ical/[0-9a-f]{32}\\.ics");
            assertThat(Pages.fetch(old.substring(Pages.BASE_URL.length())).status()).isEqualTo(200);

            browser.click("[data-role=regenerate-calendar-export]");
            browser.waitUntil(page -> !page.find("calendar-export-url").getAttribute("value").equals(old));

            String replaced = browser.find("calendar-export-url").getAttribute("value");
            assertThat(Pages.fetch(old.substring(Pages.BASE_URL.length())).status()).isEqualTo(404);
            assertThat(Pages.fetch(replaced.substring(Pages.BASE_URL.length())).status()).isEqualTo(200);
        }
        assertThat(fixtures.auditLog(org)).anyMatch(line -> line.contains("room.calendar_export_regenerated"));
    }

    private static String day(java.time.LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private Browser signedIn(String path) {
        Browser browser = Browser.open().visit(path);
        browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(path));
        return browser;
    }
}
