package dev.bookspace.audit;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An owner reads, filters and exports the audit log on the dashboard. */
@FullStack
@RunAsClient
class DashboardAuditLogBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aCancellationByStaffShowsTheOwnerWhoWhenWhatBeforeAndAfter() {
        Organisation org = fixtures.organisation("Harbour House");
        String reference = fixtures.reference(fixtures.paidBooking(org, fixtures.item(org, "Sea Room"), JAN_1, JAN_3));
        String staff = fixtures.user(org, "staff", true);
        try (Browser browser = signedIn(staff, "/dashboard/booking.xhtml?ref=" + reference)) {
            assertThat(browser.texts("[data-role=nav-audit-log]")).as("staff do not read the log").isEmpty();
            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("confirm-cancel").isDisplayed());
            browser.click("[data-role=confirm-cancel]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Cancelled"));
        }

        try (Browser browser = signedIn(fixtures.user(org, "owner", true), "/dashboard/")) {
            browser.click("[data-role=nav-audit-log]");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/owner/audit-log.xhtml"));

            assertThat(browser.texts("[data-role=audit-actor]")).containsExactly(staff);
            assertThat(browser.text("[data-role=audit-when]")).startsWith(LocalDate.now(ZoneId.of("Europe/Lisbon")).toString());
            assertThat(browser.text("[data-role=audit-action]")).isEqualTo("booking.cancelled");
            assertThat(browser.text("[data-role=audit-subject]")).isEqualTo(reference + ", Sea Room, " + JAN_1 + " to " + JAN_3);
            assertThat(browser.text("[data-role=audit-changes]")).isEqualTo("status: paid → cancelled");

            browser.type("audit-actor-filter", "someone-else@");
            browser.waitUntil(page -> page.texts("[data-role=audit-actor]").isEmpty());
            browser.type("audit-actor-filter", staff.substring(0, 10));
            browser.waitUntil(page -> page.texts("[data-role=audit-actor]").size() == 1);
            browser.choose("audit-kind", "room");
            browser.waitUntil(page -> page.texts("[data-role=audit-actor]").isEmpty());
            browser.choose("audit-kind", "booking");
            browser.waitUntil(page -> page.texts("[data-role=audit-actor]").size() == 1);
            browser.type("audit-search", "T-NOTHING");
            browser.waitUntil(page -> page.texts("[data-role=audit-actor]").isEmpty());
            browser.type("audit-search", reference);
            browser.waitUntil(page -> page.find("audit-csv").getAttribute("href").contains("q=" + reference));
            // Each key typed asks for the list again: read it once the last answer has replaced it.
            browser.waitUntil(page -> page.texts("[data-role=audit-actor]").equals(List.of(staff)));
            assertThat(browser.find("audit-csv").getAttribute("href")).contains("kind=booking");
        }
    }

    @Test
    void theExportIsTheFilteredLogAsCsvForOwnersOnly() {
        Organisation org = fixtures.organisation("Harbour House");
        String owner = fixtures.user(org, "owner", true);
        String reference = fixtures.reference(fixtures.paidBooking(org, fixtures.item(org, "Sea Room"), JAN_1, JAN_3));
        try (Browser browser = signedIn(owner, "/dashboard/booking.xhtml?ref=" + reference)) {
            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("confirm-cancel").isDisplayed());
            browser.click("[data-role=confirm-cancel]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Cancelled"));
        }
        String session = Browser.sessionOf(owner);

        Answer all = Pages.fetch("/dashboard/owner/audit-log.csv", session);
        Answer rooms = Pages.fetch("/dashboard/owner/audit-log.csv?kind=room", session);

        assertThat(all.contentType()).startsWith("text/csv");
        String[] lines = all.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("occurred_at,actor_kind,actor,action,subject_kind,subject_id,subject,changes");
        assertThat(lines[1]).contains("\"person\",\"" + owner + "\",\"booking.cancelled\",\"booking\",\""
                + reference + "\"", "\"status: paid -> cancelled\"");
        assertThat(rooms.body().split("\r\n")).hasSize(1);
        assertThat(Pages.fetch("/dashboard/owner/audit-log.csv?kind=planet", session).status()).isEqualTo(400);
        assertThat(Pages.fetch("/dashboard/owner/audit-log.csv?from=%2B999999999-12-31", session).status()).isEqualTo(400);
        assertThat(Pages.fetch("/dashboard/owner/audit-log.csv", Browser.sessionOf(fixtures.user(org, "staff", true))).status())
                .isEqualTo(404);
    }

    private static Browser signedIn(String email, String path) {
        Browser browser = Browser.open().visit(path);
        browser.signIn(email, Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentUrl().endsWith(path));
        return browser;
    }
}
