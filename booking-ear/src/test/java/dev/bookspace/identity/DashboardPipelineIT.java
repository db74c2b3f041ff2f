package dev.bookspace.identity;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every dashboard page, found in the web module's sources so that a page added later is walked
 * too: anonymous visitors go to sign-in, unverified people to verification, staff find no owner page, and
 * where the organisation requires two-factor sign-in, those without it find only the Security page.
 */
@FullStack
@RunAsClient
class DashboardPipelineIT {

    private static final Path DASHBOARD_PAGES = Path.of("../booking-web/src/main/webapp/dashboard");


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void everyDashboardPageIsGuardedInOrder() throws IOException {
        Organisation org = fixtures.organisation("Harbour House");
        String reference = fixtures.reference(fixtures.paidBooking(org, fixtures.item(org, "Sea Room"), JAN_1, JAN_3));
        List<String> pages = dashboardPages(reference);
        assertThat(pages).contains("/dashboard/index.xhtml", "/dashboard/owner/settings.xhtml", "/dashboard/bookings.csv");

        for (String page : pages) {
            assertThat(Pages.redirectOf(page, null)).as(page).startsWith("/login.xhtml?next=");
        }
        String unverified = Browser.sessionOf(fixtures.user(org, "staff", false));
        for (String page : pages) {
            assertThat(Pages.redirectOf(page, unverified)).as(page).isEqualTo("/verify-email.xhtml");
        }
        String staff = Browser.sessionOf(fixtures.user(org, "staff", true));
        for (String page : pages) {
            assertThat(Pages.fetch(page, staff).status()).as(page).isEqualTo(page.startsWith("/dashboard/owner/") ? 404 : 200);
        }
        String owner = Browser.sessionOf(fixtures.user(org, "owner", true));
        for (String page : pages) {
            assertThat(Pages.fetch(page, owner).status()).as(page).isEqualTo(200);
        }
    }

    @Test
    void anOrganisationRequiringTwoFactorSignInOpensOnlyTheSecurityPageToThoseWithout() throws IOException {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.requireTwoFactor(org);
        String reference = fixtures.reference(fixtures.paidBooking(org, fixtures.item(org, "Sea Room"), JAN_1, JAN_3));
        String owner = Browser.sessionOf(fixtures.user(org, "owner", true));

        for (String page : dashboardPages(reference)) {
            if (page.equals("/dashboard/security.xhtml")) {
                assertThat(Pages.fetch(page, owner).status()).as(page).isEqualTo(200);
            } else {
                assertThat(Pages.redirectOf(page, owner)).as(page).isEqualTo("/dashboard/security.xhtml");
            }
        }
    }

    @Test
    void anEncodedOrDotSegmentOwnerPathIsStillRefusedToStaff() {
        Organisation org = fixtures.organisation("Harbour House");
        String staff = Browser.sessionOf(fixtures.user(org, "staff", true));

        for (String disguised : List.of("/dashboard/%6Fwner/settings.xhtml", "/dashboard/%6fwner/api-keys.xhtml",
                "/dashboard/./owner/settings.xhtml", "/dashboard/bookings/../owner/staff.xhtml",
                "/dashboard//owner/settings.xhtml", "/dashboard/owner;x=1/settings.xhtml", "/dashboard/%2e/owner/webhooks.xhtml")) {
            assertThat(Pages.fetch(disguised, staff).status()).as(disguised).isEqualTo(404);
        }
    }

    /** Every page under /dashboard, with an id where the page needs one, and the CSV and JSON downloads. */
    private static List<String> dashboardPages(String bookingReference) throws IOException {
        try (Stream<Path> files = Files.walk(DASHBOARD_PAGES)) {
            return Stream.concat(files.filter(file -> file.toString().endsWith(".xhtml"))
                            .map(file -> "/dashboard/" + DASHBOARD_PAGES.relativize(file).toString().replace('\\', '/'))
                            .map(page -> page.equals("/dashboard/booking.xhtml") ? page + "?ref=" + bookingReference : page),
                    Stream.of("/dashboard/bookings.csv", "/dashboard/guest-data.json?email=nobody%40example.org",
                            "/dashboard/owner/audit-log.csv"))
                    .sorted()
                    .toList();
        }
    }
}
