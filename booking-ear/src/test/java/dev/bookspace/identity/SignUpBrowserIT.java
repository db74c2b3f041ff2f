package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sign-up form helps a new owner: the address suggested from the name, searchable lists, nothing retyped. */
@FullStack
@RunAsClient
class SignUpBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theNameSuggestsThePublicAddressTheListsAreSearchedAndAFailedFieldKeepsThePassword() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String identifier = "pousada-sao-joao-" + unique;

        try (Browser browser = Browser.open().visit("/signup.xhtml")) {
            assertThat(browser.find("signup-sign-in").getAttribute("href")).endsWith("/login.xhtml");

            browser.type("signup-organisationName", "Pousada São João " + unique);
            browser.waitUntil(page -> identifier.equals(page.find("signup-identifier").getAttribute("value")));
            assertThat(browser.text("[data-role=signup-public-address]")).isEqualTo(Pages.BASE_URL + "/" + identifier + "/rooms");
            browser.search("signup-currency", "yen", "JPY · Japanese Yen");
            browser.search("signup-timeZone", "tokyo", "Asia/Tokyo");
            browser.type("signup-ownerName", "Grace Hopper");
            browser.type("signup-email", "not an address");
            browser.type("signup-password", Fixtures.PASSWORD);
            browser.click("[data-role=signup-submit]");
            // Read together: the form's fields are drawn again by the answer that shows the error.
            browser.waitUntil(page -> !page.text("[data-role=email-error]").isEmpty()
                    && Fixtures.PASSWORD.equals(page.find("signup-password").getAttribute("value")));
            browser.type("signup-email", "owner-" + unique + "@example.org");
            browser.click("[data-role=signup-submit]");
            browser.waitUntil(page -> page.text("[data-role=signed-up]").startsWith("Check your mail"));
        }
        Organisation made = fixtures.adopt(identifier);
        assertThat(fixtures.organisationColumn(made, "currency")).isEqualTo("JPY");
        assertThat(fixtures.organisationColumn(made, "time_zone")).isEqualTo("Asia/Tokyo");
    }
}
