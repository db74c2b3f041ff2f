package dev.bookspace.organisation;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Page;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner's settings page: the public address and currency, terms, holds and Stripe keys, which are
 * never shown back in full.
 */
@FullStack
@RunAsClient
class DashboardSettingsBrowserIT {

    private static final String SETTINGS = "/dashboard/owner/settings.xhtml";
    private static final String SECRET_KEY = "sk_test_51SettingsPageSecret9876";


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;

    @BeforeEach
    void organisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @Test
    void theOwnerTurnsOnCardPaymentsAndSeesTheKeyOnlyMasked() {
        try (Browser browser = signedInAs(fixtures.user(org, "owner", true))) {
            browser.type("settings-terms", "Quiet after 22:00.");
            browser.type("settings-stripe-key", SECRET_KEY);
            browser.type("settings-stripe-webhook-secret", "whsec_settingspage123");
            browser.click("[data-role=save-settings]");

            browser.waitUntil(page -> page.text("[data-role=settings-messages]").equals("Settings saved."));
            assertThat(browser.text("[data-role=stripe-status]")).isEqualTo("On, with the key sk_test_…9876.");
            browser.visit(SETTINGS);
            assertThat(browser.script("return document.documentElement.outerHTML").toString()).doesNotContain(SECRET_KEY);
        }

        Page roomPage = Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3);
        assertThat(roomPage.text("book")).isEqualTo("Book and pay");
        assertThat(roomPage.text("terms")).isEqualTo("Quiet after 22:00.");
    }

    @Test
    void theBookingFormAsksForAcceptanceOnlyWhereThereAreTermsAndForAPhoneOnlyWhereTheOwnerRequiresOne() {
        String roomPath = "/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3;
        Page before = Pages.get(roomPath);
        assertThat(before.html().select("label[for$=phone]").text()).isEqualTo("Phone (optional)");
        assertThat(before.text("accept-terms")).isEqualTo("I accept the terms");

        try (Browser browser = signedInAs(fixtures.user(org, "owner", true))) {
            browser.type("settings-terms", "");
            browser.click("[data-role=settings-require-guest-phone]");
            browser.click("[data-role=save-settings]");
            browser.waitUntil(page -> page.text("[data-role=settings-messages]").equals("Settings saved."));

            browser.visit(roomPath);
            assertThat(browser.texts("[data-role=accept-terms]")).as("no terms, nothing to accept").isEmpty();
            assertThat(browser.text("label[for$=phone]")).startsWith("Phone").doesNotContain("optional");
            browser.type("guest-name", "Ada Lovelace");
            browser.type("guest-email", "ada@example.org");
            browser.click("[data-role=book]");
            browser.waitUntil(page -> page.text("[data-role=phone-error]")
                    .equals("Please enter a phone number, in case we need to reach you."));
        }
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void refusesHalfAStripeSetupAndMalformedKeys() {
        try (Browser browser = signedInAs(fixtures.user(org, "owner", true))) {
            browser.type("settings-stripe-key", "pk_live_not_a_secret_key");
            browser.click("[data-role=save-settings]");
            browser.waitUntil(page -> page.text("[data-role=stripe-key-error]")
                    .equals("A Stripe secret key starts with sk_test_ or sk_live_."));

            browser.type("settings-stripe-key", SECRET_KEY);
            browser.click("[data-role=save-settings]");
            browser.waitUntil(page -> page.text("[data-role=stripe-webhook-error]")
                    .equals("Card payments need both the secret key and the webhook signing secret."));
        }
        Page roomPage = Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3);
        assertThat(roomPage.text("book")).isEqualTo("Book, pay on arrival");
    }

    @Test
    void theOwnerMovesThePublicAddressAndFindsTheCurrencyAndTimeZoneByTyping() {
        String identifier = "t-" + UUID.randomUUID().toString().substring(0, 12);

        try (Browser browser = signedInAs(fixtures.user(org, "owner", true))) {
            browser.type("settings-identifier", identifier);
            browser.search("settings-currency", "pound", "GBP · British Pound");
            browser.search("settings-time-zone", "azo", "Atlantic/Azores");
            browser.click("[data-role=save-settings]");
            browser.waitUntil(page -> page.text("[data-role=settings-messages]").equals("Settings saved."));
            assertThat(browser.text("[data-role=public-address]")).contains("/" + identifier + "/rooms");
        }
        assertThat(fixtures.organisationColumn(org, "time_zone")).isEqualTo("Atlantic/Azores");

        Page moved = Pages.get("/" + identifier + "/rooms?check_in=" + JAN_1 + "&checkout=" + JAN_3);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("nightly-price")).isEqualTo("£120.00");
        assertThat(Pages.get(Pages.roomsPath(org, JAN_1, JAN_3)).status()).isEqualTo(404);
    }

    @Test
    void aTakenOrReservedIdentifierIsRefusedInlineAndChangesNothing() {
        Organisation other = fixtures.organisation("Elsewhere");

        try (Browser browser = signedInAs(fixtures.user(org, "owner", true))) {
            browser.type("settings-identifier", other.identifier());
            browser.type("settings-name", "Renamed Meanwhile");
            browser.click("[data-role=save-settings]");
            browser.waitUntil(page -> page.text("[data-role=identifier-error]")
                    .equals("\u201c" + other.identifier() + "\u201d is taken; choose another identifier."));

            browser.type("settings-identifier", "dashboard");
            browser.click("[data-role=save-settings]");
            browser.waitUntil(page -> page.text("[data-role=identifier-error]")
                    .equals("\u201cdashboard\u201d is a word of Bookspace itself; choose another identifier."));
        }

        Page unchanged = Pages.get(Pages.roomsPath(org, JAN_1, JAN_3));
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.text("organisation-name")).isEqualTo("Harbour House");
        assertThat(Pages.get(Pages.roomsPath(other, JAN_1, JAN_3)).text("organisation-name")).isEqualTo("Elsewhere");
    }

    @Test
    void staffCannotOpenTheOwnersSettings() {
        try (Browser browser = signedInAs(fixtures.user(org, "staff", true))) {
            assertThat(browser.text("[data-role=not-found]")).startsWith("We could not find that page.");
            browser.visit("/dashboard/");
            assertThat(browser.text("[data-role=nav-settings]")).isEmpty();
        }
    }

    private static Browser signedInAs(String email) {
        Browser browser = Browser.open().visit(SETTINGS);
        browser.signIn(email, Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(SETTINGS));
        return browser;
    }
}
