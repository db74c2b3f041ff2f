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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's bookings list: its own organisation's only, filtered, and exported as CSV. */
@FullStack
@RunAsClient
class DashboardBookingsBrowserIT {

    private static final String BOOKINGS = "/dashboard/bookings.xhtml";


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private String paid;
    private String cancelled;
    private String held;
    private String theirs;

    @BeforeEach
    void bookingsOfTwoOrganisations() {
        org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        paid = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
        cancelled = fixtures.reference(fixtures.cancelledBooking(org, room, JAN_1, JAN_3));
        held = fixtures.reference(fixtures.unpaidHold(org, room, JAN_3, JAN_5, Instant.now().plus(20, ChronoUnit.MINUTES)));
        Organisation other = fixtures.organisation("Elsewhere");
        theirs = fixtures.reference(fixtures.paidBooking(other, fixtures.item(other, "Their Loft"), JAN_1, JAN_3));
    }

    @Test
    void listsTheOrganisationsBookingsAndNarrowsThemByStatusAndSearch() {
        try (Browser browser = signedIn()) {
            browser.waitUntil(page -> page.texts("[data-role=booking-row]").size() == 3);
            assertThat(browser.texts("[data-role=booking-row]")).containsExactlyInAnyOrder(paid, cancelled, held)
                    .doesNotContain(theirs);
            assertThat(browser.attributes("[data-role=bookings-table] .ui-column-filter", "id"))
                    .as("one set of filters, above the table, not a second in its header").isEmpty();
            assertThat(browser.attributes("[data-role=booking-row-email]", "title"))
                    .as("the whole address on hover, however narrow the column").allSatisfy(title -> assertThat(title).contains("@"));

            browser.choose("bookings-status", "Cancelled");
            browser.waitUntil(page -> page.texts("[data-role=booking-row]").equals(List.of(cancelled)));

            browser.choose("bookings-status", "All");
            browser.type("bookings-search", held.toLowerCase());
            browser.waitUntil(page -> page.texts("[data-role=booking-row]").equals(List.of(held)));
        }
    }

    @Test
    void narrowsTheListAndTheExportToOneRoom() {
        String garden = fixtures.reference(fixtures.paidBooking(org, fixtures.item(org, "Garden Room"), JAN_1, JAN_3));
        try (Browser browser = signedIn()) {
            browser.waitUntil(page -> page.texts("[data-role=booking-row]").size() == 4);

            browser.choose("bookings-room", "Garden Room");
            browser.waitUntil(page -> page.texts("[data-role=booking-row]").equals(List.of(garden)));

            String csv = Pages.fetch(browser.find("bookings-csv").getAttribute("href").replace(Pages.BASE_URL, ""),
                    browser.cookie("JSESSIONID").getValue()).body();
            assertThat(csv.lines().skip(1)).singleElement().asString().startsWith("\"" + garden + "\",");

            Answer farAhead = Pages.fetch("/dashboard/bookings.csv?from=%2B99999-01-01", browser.cookie("JSESSIONID").getValue());
            assertThat(farAhead.status()).as("a day in ISO's extended years").isEqualTo(400);
            assertThat(farAhead.body()).contains("dates as YYYY-MM-DD");
        }
    }

    @Test
    void aBookingOfTwoRoomsIsOneRowNamingBothAndOneLineOfTheExportWithItsOneTotal() {
        Item attic = fixtures.item(org, "Attic");
        Item garden = fixtures.item(org, "Garden Room");
        long familyId = fixtures.paidBooking(org, attic, JAN_5, JAN_5.plusDays(2));
        fixtures.priceAt(familyId, 24_000);
        fixtures.addRoom(familyId, garden, 18_000);
        String family = fixtures.reference(familyId);
        try (Browser browser = signedIn()) {
            browser.waitUntil(page -> page.texts("[data-role=booking-row]").size() == 4);
            assertThat(browser.texts("[data-role=booking-row]")).containsOnlyOnce(family);
            assertThat(browser.texts("[data-role=booking-row-room]")).containsSubsequence("Attic", "Garden Room");

            browser.choose("bookings-room", "Garden Room");
            browser.waitUntil(page -> page.texts("[data-role=booking-row]").equals(List.of(family)));
            assertThat(browser.texts("[data-role=booking-row-room]")).containsExactly("Attic", "Garden Room");

            String csv = Pages.fetch(browser.find("bookings-csv").getAttribute("href").replace(Pages.BASE_URL, ""),
                    browser.cookie("JSESSIONID").getValue()).body();
            assertThat(csv.lines().skip(1)).singleElement().asString().startsWith("\"" + family
                    + "\",\"Ada Guest\",\"ada@example.org\",\"Attic; Garden Room\",\"" + JAN_5 + "\",\""
                    + JAN_5.plusDays(2) + "\",\"Paid\",\"420.00\",\"EUR\",");
        }
    }

    @Test
    void exportsTheFilteredBookingsAsCsvToSignedInStaffOnly() {
        try (Browser browser = signedIn()) {
            String session = browser.cookie("JSESSIONID").getValue();

            Answer all = Pages.fetch("/dashboard/bookings.csv", session);
            Answer paidOnly = Pages.fetch("/dashboard/bookings.csv?status=paid", session);

            assertThat(all.status()).isEqualTo(200);
            assertThat(all.contentType()).startsWith("text/csv");
            assertThat(all.body().lines()).hasSize(4).first()
                    .isEqualTo("reference,guest,email,room,check_in,checkout,status,total,currency,created_at");
            assertThat(all.body()).doesNotContain(theirs);
            assertThat(Pages.fetch("/dashboard/bookings.csv?q=%00Ada", session).status()).as("a NUL in the search").isEqualTo(200);
            assertThat(paidOnly.body().lines()).hasSize(2);
            assertThat(paidOnly.body().lines().toList().get(1))
                    .startsWith("\"" + paid + "\",\"Ada Guest\",\"ada@example.org\",\"Sea Room\",\"" + JAN_1 + "\",\"" + JAN_3
                            + "\",\"Paid\",\"0.00\",\"EUR\",");
        }
        assertThat(Pages.fetch("/dashboard/bookings.csv").status()).isEqualTo(302);
    }

    @Test
    void aGuestNameWithLineBreaksCannotSmuggleAFormulaIntoTheExport() {
        fixtures.guestNamed(fixtures.bookingId(org, paid), "Ann\n=2+5\nx");
        fixtures.guestNamed(fixtures.bookingId(org, held), "@SUM(A1)\r\n-3+cmd|' /C calc'!A0");
        try (Browser browser = signedIn()) {
            String csv = Pages.fetch("/dashboard/bookings.csv", browser.cookie("JSESSIONID").getValue()).body();

            // Whichever way a spreadsheet splits it, no line, and no field, starts a formula.
            assertThat(csv).doesNotContainPattern("(?m)(^|,)\"?[=+\\-@\t]");
            assertThat(csv).contains("\"Ann\n'=2+5\nx\"", "\"'@SUM(A1)\r\n'-3+cmd|' /C calc'!A0\"");
        }
    }

    private Browser signedIn() {
        Browser browser = Browser.open().visit(BOOKINGS);
        browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(BOOKINGS));
        return browser;
    }
}
