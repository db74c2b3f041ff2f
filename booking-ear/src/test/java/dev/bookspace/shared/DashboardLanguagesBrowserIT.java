package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff read the dashboard in their browser's language, and the switcher changes it for the pages that follow, the date
 * pickers' and the calendar's months included.
 */
@FullStack
@RunAsClient
class DashboardLanguagesBrowserIT {

    private static final String HEADERS = "[data-role=bookings-table] thead .ui-column-title";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private String staff;

    @BeforeEach
    void organisationWithStaff() {
        org = fixtures.organisation("Harbour House");
        staff = fixtures.user(org, "staff", true);
    }

    @Test
    void aGermanBrowserGetsTheDashboardInGermanUntilStaffSwitchToPortuguese() {
        Item room = fixtures.item(org, "Sea Room");

        try (Browser browser = Browser.speaking("de-DE,de").visit("/dashboard/bookings.xhtml")) {
            browser.signIn(staff, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/bookings.xhtml"));
            assertThat(browser.texts("[data-role=sidebar] a")).startsWith("Start", "Buchungen", "Neue Buchung",
                    "Offene Restzahlungen", "Kalender", "Zimmer");
            assertThat(browser.text("[data-role=sign-out]")).isEqualTo("Abmelden");
            assertThat(browser.texts(HEADERS)).containsExactly("Buchungsnummer", "Gast", "Zimmer", "Aufenthalt", "Status",
                    "Gesamt");
            assertThat(browser.text("[data-role=bookings-table]")).contains("Keine passenden Buchungen.");

            browser.visit("/dashboard/room.xhtml?id=" + room.id());
            browser.click("[data-role=save-room]");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/rooms.xhtml"));
            assertThat(browser.text("[data-role=rooms-messages]")).isEqualTo("Sea Room gespeichert.");

            browser.click("[data-role=language-pt]");
            browser.waitUntil(page -> page.text("[data-role=nav-rooms]").equals("Quartos"));
            assertThat(browser.currentPath()).as("the same page, in Portuguese").isEqualTo("/dashboard/rooms.xhtml");
            assertThat(browser.text("[data-role=new-room]")).isEqualTo("Adicionar quarto");

            browser.click("[data-role=nav-bookings]");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/bookings.xhtml"));
            assertThat(browser.text("[data-role=nav-bookings]")).isEqualTo("Reservas");
            assertThat(browser.texts(HEADERS)).containsExactly("Referência", "Hóspede", "Quarto", "Estadia", "Status", "Total");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("pt");

            browser.visit("/dashboard/new-booking.xhtml");
            browser.openPicker("check-in");
            String thisMonth = LocalDate.now().getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("pt"));
            browser.waitUntil(page -> page.texts(".ui-datepicker-month").stream().anyMatch(thisMonth::equalsIgnoreCase));

            browser.visit("/dashboard/calendar.xhtml");
            browser.waitUntil(page -> page.texts(".vis-time-axis .vis-major").stream()
                    .anyMatch(label -> label.toLowerCase(Locale.ROOT).contains(thisMonth.toLowerCase(Locale.ROOT))));
        }
    }
}
