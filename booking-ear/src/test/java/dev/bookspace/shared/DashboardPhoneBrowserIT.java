package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard on a phone (375 CSS pixels): the menu closed until asked for, and no page wider than the screen. */
@FullStack
@RunAsClient
class DashboardPhoneBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void everyMainPageFitsAPhonesWidthAndTheMenuOpensOverIt() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.addOn(org, room, "Breakfast", 1_200, "per_guest", 2);
        String reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));

        try (Browser browser = Browser.open().asPhone().visit("/dashboard/index.xhtml")) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/index.xhtml"));
            assertThat(browser.find("sidebar").isDisplayed()).as("the menu is closed on a phone").isFalse();
            browser.click("[data-role=sidebar-toggle]");
            browser.waitUntil(page -> page.find("nav-bookings").isDisplayed());

            Map<String, String> tooWide = new LinkedHashMap<>();
            for (String page : new String[] {"/dashboard/index.xhtml", "/dashboard/bookings.xhtml",
                    "/dashboard/booking.xhtml?ref=" + reference, "/dashboard/new-booking.xhtml", "/dashboard/calendar.xhtml",
                    "/dashboard/rooms.xhtml", "/dashboard/room.xhtml?id=" + room.id(), "/dashboard/add-ons.xhtml?room=" + room.id(),
                    "/dashboard/rates.xhtml", "/dashboard/guest-data.xhtml", "/dashboard/owner/settings.xhtml",
                    "/dashboard/owner/staff.xhtml", "/dashboard/owner/api-keys.xhtml", "/dashboard/owner/widget.xhtml",
                    "/dashboard/owner/webhooks.xhtml", "/dashboard/owner/audit-log.xhtml", "/dashboard/security.xhtml",
                    "/dashboard/balances.xhtml"}) {
                browser.visit(page);
                assertThat(browser.find("sidebar").isDisplayed()).as("closed again on " + page).isFalse();
                if (browser.overflowWidth() > 0) {
                    tooWide.put(page, browser.overflowWidth() + " pixels: " + browser.pastTheRightEdge());
                }
            }
            assertThat(tooWide).as("pages wider than the phone, by how many pixels").isEmpty();
        }
    }
}
