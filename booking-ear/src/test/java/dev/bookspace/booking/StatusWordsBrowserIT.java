package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.TestMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One booking reads the same words wherever it is shown: a deposit booking is "Deposit paid" where room is short
 * (the bookings list, the calendar's legend, the CSV) and "Deposit paid · €168.00 due by …" where there is room
 * (its page, the guest data page, the calendar's tooltip, the guest's page, the guest's e-mail).
 */
@FullStack
@RunAsClient
class StatusWordsBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aDepositBookingReadsTheSameWordsOnEveryPageInTheMailAndInTheExport() throws InterruptedException {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.deposits(org, "30%", 7);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        LocalDate checkIn = today.plusDays(10);
        LocalDate due = checkIn.minusDays(7);
        String guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn,
                checkIn.plusDays(2), guest);
        String brief = "Deposit paid";
        String full = "Deposit paid · €168.00 due by "
                + DateTimeFormatter.ofPattern(due.getYear() == today.getYear() ? "d MMM" : "d MMM yyyy", Locale.UK).format(due);

        assertThat(TestMail.awaitBody(guest, "Your booking")).contains("Status:    " + full);
        assertThat(Pages.get(booking.guestPage()).html().select("[data-role=booking-status]").text()).isEqualTo(full);

        try (Browser browser = Browser.open().visit("/dashboard/bookings.xhtml")) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.texts("[data-role=booking-row]").equals(List.of(booking.reference())));
            assertThat(browser.texts("[data-role=booking-row-status]")).containsExactly(brief);
            assertThat(browser.texts("[data-role=bookings-status] option")).as("the filter, in the words its bookings read")
                    .containsExactly("All", "Awaiting payment or pay on arrival", "Paid or deposit paid", "Completed",
                            "Cancelled", "Expired");

            String csv = Pages.fetch("/dashboard/bookings.csv", browser.cookie("JSESSIONID").getValue()).body();
            assertThat(csv.lines().skip(1)).singleElement().asString()
                    .contains("\"" + checkIn.plusDays(2) + "\",\"" + brief + "\",\"240.00\",\"EUR\"");

            browser.visit("/dashboard/booking.xhtml?ref=" + booking.reference());
            assertThat(browser.text("[data-role=booking-status]")).isEqualTo(full);

            browser.visit("/dashboard/guest-data.xhtml");
            browser.type("guest-data-email", guest);
            browser.click("[data-role=guest-data-find]");
            browser.waitUntil(page -> page.text("[data-role=guest-data-count]").equals(guest + ": 1 booking."));
            assertThat(browser.texts("[data-role=guest-booking-status]")).containsExactly(full);

            browser.visit("/dashboard/calendar.xhtml");
            browser.waitUntil(page -> page.find("calendar-stay").isDisplayed());
            assertThat(browser.texts("[data-role=calendar-legend-item]")).containsExactly("Awaiting payment",
                    "Pay on arrival", brief, "Paid", "Completed", "Closed");
            assertThat((String) browser.script("return document.querySelector(\"[data-reference='" + booking.reference()
                    + "']\").closest('.vis-item').className")).contains("stay-deposit-paid");
            browser.hover("[data-reference='" + booking.reference() + "']");
            browser.waitUntil(page -> ((String) page.script("return Array.from(document.querySelectorAll('.vis-tooltip'))"
                    + ".map(tooltip => tooltip.textContent).join(' | ')")).contains("Ada Lovelace, " + checkIn + " – "
                            + checkIn.plusDays(2) + " · " + full));
        }
    }
}
