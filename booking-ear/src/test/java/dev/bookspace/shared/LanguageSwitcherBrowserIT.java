package dev.bookspace.shared;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public pages' language in headless Chromium: the browser's own first, the switcher's choice over it for the
 * pages that follow, and the organisation's default for a browser that asks for none of Bookspace's languages.
 */
@FullStack
@RunAsClient
class LanguageSwitcherBrowserIT {

    private static final String SETTINGS = "/dashboard/owner/settings.xhtml";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aGermanBrowserReadsGermanUntilTheGuestSwitchesToFrenchWhichLastsOntoTheNextPage() {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Suite", 125_000);

        try (Browser browser = Browser.speaking("de-DE,de").visit(roomsPath(org, JAN_1, JAN_3))) {
            assertThat(browser.text("[data-role=room-link]")).isEqualTo("Dieses Zimmer wählen");
            assertThat(spaced(browser.text("[data-role=nightly-price]"))).isEqualTo("1.250,00 €");
            assertThat(spaced(browser.text("[data-role=stay-total]"))).isEqualTo("2.500,00 €");
            assertThat(browser.text("[data-role=result-count]")).startsWith("Frei für 2 Nächte");
            browser.openPicker("stay");
            browser.waitUntil(page -> page.texts(".p-datepicker-panel .ui-datepicker-month").contains("Januar")
                    && spaced(page.text("[data-role=night][data-night='" + JAN_2 + "'] [data-role=night-price]")).equals("1.250 €"));

            browser.click("[data-role=language-fr]");

            browser.waitUntil(page -> page.text("[data-role=room-link]").equals("Choisir cette chambre"));
            assertThat(browser.currentPath()).isEqualTo(roomsPath(org, JAN_1, JAN_3));
            assertThat(spaced(browser.text("[data-role=nightly-price]"))).isEqualTo("1 250,00 €");
            assertThat(browser.attributes("[data-role=language-fr]", "aria-current")).containsExactly("true");

            browser.click("[data-role=room-link]");

            browser.waitUntil(page -> page.text("[data-role=back-to-rooms]").equals("Toutes les chambres pour ces dates"));
            assertThat(browser.attributes("html", "lang")).containsExactly("fr");
        }
    }

    @Test
    void aBrowserAskingOnlyForJapaneseReadsTheOrganisationsDefaultLanguage() {
        Organisation org = fixtures.organisation("Pousada do Sol");
        fixtures.defaultLanguage(org, "pt");
        fixtures.item(org, "Suite", 125_000);

        try (Browser browser = Browser.speaking("ja-JP,ja").visit(roomsPath(org, JAN_1, JAN_3))) {
            assertThat(browser.text("[data-role=room-link]")).isEqualTo("Escolher este quarto");
            assertThat(browser.text("[data-role=result-count]")).startsWith("Livres para 2 noites");
            assertThat(browser.attributes("html", "lang")).containsExactly("pt");
        }
    }

    @Test
    void anOwnerChoosesTheLanguageTheirPagesSpeakToBrowsersAskingForNoneOfOurs() {
        Organisation org = fixtures.organisation("Pousada do Mar");
        fixtures.item(org, "Suite", 125_000);

        try (Browser owner = Browser.open().visit(SETTINGS)) {
            owner.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            owner.waitUntil(page -> page.currentPath().equals(SETTINGS));
            owner.choose("default-language", "Português");
            owner.click("[data-role=save-default-language]");
            owner.waitUntil(page -> page.text("[data-role=default-language-messages]").contains("Português"));
        }

        try (Browser guest = Browser.speaking("ja-JP,ja").visit(roomsPath(org, JAN_1, JAN_3))) {
            assertThat(guest.text("[data-role=room-link]")).isEqualTo("Escolher este quarto");
        }
    }

    /** The text with the no-break spaces that money formats put between digits and before a symbol as plain spaces. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
