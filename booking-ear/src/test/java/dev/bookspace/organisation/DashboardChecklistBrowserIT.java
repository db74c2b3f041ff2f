package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A new organisation's owner finds a getting-started checklist on the dashboard home that ticks itself off. */
@FullStack
@RunAsClient
class DashboardChecklistBrowserIT {

    private static final String HOME = "/dashboard/index.xhtml";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void eachStepTicksItselfOffAsTheOwnerDoesItAndTheListGoesWhenPutAway() {
        Organisation org = fixtures.organisation("Harbour House");
        try (Browser browser = Browser.withClipboard().visit(HOME)) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(HOME));
            assertThat(done(browser)).isEmpty();
            assertThat(browser.text("[data-role=checklist] h2")).isEqualTo("Getting started: 0 of 5 done");

            fixtures.item(org, "Sea Room");
            fixtures.season(org, "Summer", LocalDate.of(2030, 7, 1), LocalDate.of(2030, 8, 31), new BigDecimal("20"));
            browser.visit(HOME);
            assertThat(done(browser)).containsExactly("add_room", "set_rates");

            browser.click("[data-role=keep-pay-on-arrival]");
            browser.waitUntil(page -> done(page).contains("choose_payments"));

            browser.click("[data-role=open-public-page]");
            browser.waitUntil(page -> page.currentPath().equals("/" + org.identifier() + "/rooms"));
            browser.visit(HOME);
            assertThat(done(browser)).contains("open_public_page");

            String address = browser.text("[data-role=public-address]");
            assertThat(address).isEqualTo(Pages.BASE_URL + "/" + org.identifier() + "/rooms");
            browser.click("[data-role=copy-public-address]");
            browser.waitUntil(page -> page.texts("[data-role=checklist]").isEmpty());
            assertThat(browser.clipboard()).as("the last step done, the list is gone").isEqualTo(address);
        }
    }

    @Test
    void anOwnerMayPutTheListAwayAndStaffNeverSeeIt() {
        Organisation org = fixtures.organisation("Harbour House");
        try (Browser browser = Browser.open().visit(HOME)) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(HOME));
            assertThat(browser.texts("[data-role=checklist]")).isEmpty();
        }
        try (Browser browser = Browser.open().visit(HOME)) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(HOME));
            browser.click("[data-role=dismiss-checklist]");
            browser.waitUntil(page -> page.texts("[data-role=checklist]").isEmpty());
            browser.visit(HOME);
            assertThat(browser.texts("[data-role=checklist]")).isEmpty();
        }
    }

    private static List<String> done(Browser browser) {
        return browser.attributes("[data-role=checklist-step][data-done=true]", "data-step");
    }
}
