package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner sets the cancellation policy on Settings, each step checked as it is typed and the steps together
 * on saving; guests then read it on the room page, and the audit log has the change.
 */
@FullStack
@RunAsClient
class CancellationPolicySettingsBrowserIT {

    private static final String SETTINGS = "/dashboard/owner/settings.xhtml";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theOwnerSetsFreeUntilAWeekThenHalfAfterBeingToldWhatIsWrong() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");

        try (Browser browser = Browser.open().visit(SETTINGS)) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().startsWith(SETTINGS));
            browser.click("[data-role=settings-cancellation] input[value=policy]");
            browser.type("cancellation-days-1", "400");
            browser.waitUntil(page -> page.text("[data-role=cancellation-step-error-1]").equals("At most 365 days before check-in."));

            browser.type("cancellation-days-1", "7");
            browser.type("cancellation-percent-1", "50");
            browser.type("cancellation-days-2", "0");
            browser.type("cancellation-percent-2", "80");
            browser.click("[data-role=save-settings]");
            browser.waitUntil(page -> page.text("[data-role=cancellation-error]")
                    .equals("Cancelling later cannot refund more: 80 % from 0 days is more than 50 % from 7 days."));
            assertThat(fixtures.organisationColumn(org, "cancellation_policy")).isNull();

            browser.type("cancellation-percent-1", "100");
            browser.type("cancellation-percent-2", "50");
            browser.click("[data-role=save-settings]");
            browser.waitUntil(page -> page.text("[data-role=settings-messages]").equals("Settings saved."));
        }

        assertThat(fixtures.organisationColumn(org, "cancellation_policy")).isEqualTo("7:100,0:50");
        LocalDate checkIn = LocalDate.now().plusDays(20);
        assertThat(Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + checkIn + "&checkout="
                + checkIn.plusDays(2)).html().select("[data-role=cancellation-policy-line]").eachText()).containsExactly(
                "Cancel 7 days or more before check-in: full refund.",
                "Cancel later, up to the day of check-in: 50 % refunded.");
        assertThat(fixtures.auditLog(org)).last().asString().startsWith("settings.updated")
                .contains("none: guests ask to cancel", "Cancel 7 days or more before check-in: full refund.");
    }
}
