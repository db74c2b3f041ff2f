package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard remembers, per user and across sessions, whether they keep its menu open or closed. */
@FullStack
@RunAsClient
class DashboardUiStateBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aClosedMenuStaysClosedForThatUserInTheirNextSessionOnly() {
        Organisation org = fixtures.organisation("Harbour House");
        String closer = fixtures.user(org, "staff", true);
        String colleague = fixtures.user(org, "staff", true);

        try (Browser browser = signedIn(closer)) {
            assertThat(browser.find("sidebar").isDisplayed()).isTrue();
            assertThat(browser.text("[data-role=dashboard-organisation-name]")).isEqualTo("Harbour House");
            browser.click("[data-role=sidebar-toggle]");
            assertThat(browser.find("sidebar").isDisplayed()).isFalse();
            browser.waitUntil(page -> fixtures.userColumn(closer, "sidebar_collapsed").equals("true"));
        }
        try (Browser browser = signedIn(closer)) {
            assertThat(browser.find("sidebar").isDisplayed()).isFalse();
            assertThat(browser.find("sidebar-toggle").getAttribute("aria-expanded")).isEqualTo("false");
            browser.click("[data-role=sidebar-toggle]");
            assertThat(browser.find("sidebar").isDisplayed()).isTrue();
            browser.waitUntil(page -> fixtures.userColumn(closer, "sidebar_collapsed").equals("false"));
        }
        try (Browser browser = signedIn(colleague)) {
            assertThat(browser.find("sidebar").isDisplayed()).isTrue();
        }
    }

    private static Browser signedIn(String email) {
        Browser browser = Browser.open().visit("/dashboard/bookings.xhtml");
        browser.signIn(email, Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals("/dashboard/bookings.xhtml"));
        return browser;
    }
}
