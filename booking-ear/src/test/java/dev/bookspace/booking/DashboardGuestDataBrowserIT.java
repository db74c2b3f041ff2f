package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff answer a guest's request: what is held about them, as a file, and being forgotten. */
@FullStack
@RunAsClient
class DashboardGuestDataBrowserIT {

    private static final String GUEST_DATA = "/dashboard/guest-data.xhtml";


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void staffFindAGuestDownloadTheirDataAndAnonymiseThem() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        String first = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
        String second = fixtures.reference(fixtures.paidBooking(org, room, JAN_3, JAN_5));

        try (Browser browser = Browser.open().visit(GUEST_DATA)) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(GUEST_DATA));
            browser.type("guest-data-email", "ada@example.org");
            browser.click("[data-role=guest-data-find]");
            browser.waitUntil(page -> page.text("[data-role=guest-data-count]").equals("ada@example.org: 2 bookings."));
            assertThat(browser.texts("[data-role=guest-booking-name]")).containsExactly("Ada Guest", "Ada Guest");
            assertThat(browser.texts("[data-role=guest-booking-status]")).containsExactly("Paid", "Paid");

            Answer download = Pages.fetch(browser.find("guest-data-download").getAttribute("href").replace(Pages.BASE_URL, ""),
                    browser.cookie("JSESSIONID").getValue());
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.contentType()).startsWith("application/json");
            assertThat(download.body()).contains(first, second, "\"name\": \"Ada Guest\"", "\"email\": \"ada@example.org\"");

            browser.click("[data-role=guest-data-anonymise]");
            browser.click("[data-role=confirm-yes]");
            browser.waitUntil(page -> page.text("[data-role=guest-data-messages]").startsWith("Anonymised 2 bookings of ada@example.org"));
        }
        assertThat(List.of(fixtures.bookingColumn(org, first, "guest_name"), fixtures.bookingColumn(org, second, "guest_name")))
                .containsOnly("Anonymised guest");
        assertThat(fixtures.bookingStatuses(org)).as("the bookings stay, for the books").containsExactly("paid", "paid");
    }
}
