package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.catalog.AddOnPricing;
import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A screen reader announces a menu by its label, not by what it holds: the names are Chromium's own
 * (its accessibility tree, as assistive technology reads it).
 */
@FullStack
@RunAsClient
class AccessibleNamesBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theAddOnPriceMenuIsNamedByItsLabel() {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");
        List<String> choices = Arrays.stream(AddOnPricing.values()).map(AddOnPricing::choice).toList();

        try (Browser browser = Browser.open().visit("/dashboard/add-ons.xhtml")) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/add-ons.xhtml"));
            List<String> menus = browser.accessibleNames("combobox");

            // The asterisk is the label's mark of a field that must be filled in, heard as part of its name.
            assertThat(menus).contains("The price counts*");
            assertThat(menus).as("no menu is named by its value").doesNotContainAnyElementsOf(choices).doesNotContain("");
        }
    }
}
