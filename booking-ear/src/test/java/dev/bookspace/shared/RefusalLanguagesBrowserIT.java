package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A refusal a person meets after posting a form reads in the language their browser asks for (German here), though
 * the service that refused says it in English for the API: a guest's booking of too many rooms, an owner's webhook
 * address (one not a URL, one on a private network), invitation, widget sites, empty name and guest-data request,
 * fewer rooms of a kind than its stays hold, and the audit log's and bookings' exports asked for by a hand-edited
 * address.
 */
@FullStack
@RunAsClient
class RefusalLanguagesBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aGuestBookingMoreRoomsThanAPublicBookingTakesIsToldSoInGerman() {
        Organisation org = fixtures.organisation("Harbour House");
        List<Item> rooms = IntStream.rangeClosed(1, 6).mapToObj(n -> fixtures.item(org, "Room " + n)).toList();
        String path = "/" + org.identifier() + "/rooms/" + rooms.get(0).id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3
                + rooms.stream().skip(1).map(room -> "&with=" + room.id()).collect(Collectors.joining());

        try (Browser browser = Browser.speaking("de-DE,de").visit(path)) {
            assertThat(browser.attributes("[data-role=extra-room]", "data-item-id")).hasSize(5);
            browser.type("guest-email", "ada@example.org");
            browser.type("guest-name", "Ada Lovelace");
            browser.type("guest-phone", "+44 20 7946 0000");
            browser.click("[data-role=accept-terms] .ui-chkbox-box");
            browser.click("[data-role=book]");

            browser.waitUntil(page -> !page.text("[data-role=booking-messages]").isEmpty());
            assertThat(browser.text("[data-role=booking-messages]"))
                    .contains("Eine Buchung umfasst hier höchstens 5 Zimmer; für mehr kontaktieren Sie uns bitte.")
                    .doesNotContain("A booking here takes at most");
        }
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void anOwnersRefusedWebhookAddressAndInvitationAreExplainedInGerman() {
        Organisation org = fixtures.organisation("Harbour House");
        String owner = fixtures.user(org, "owner", true);

        try (Browser browser = signedInInGerman(owner, "/dashboard/owner/webhooks.xhtml")) {
            browser.type("endpoint-url", "not a url");
            assertThat(refusal(browser, "add-endpoint", "endpoint-url-error"))
                    .isEqualTo("Das ist keine URL; geben Sie eine ein wie https://example.com/bookspace-events.");

            browser.visit("/dashboard/owner/staff.xhtml");
            browser.type("invite-name", "Ada Lovelace");
            browser.type("invite-email", owner);
            assertThat(refusal(browser, "send-invitation", "invite-email-error"))
                    .isEqualTo("Jemand in Ihrem Team, oder dazu eingeladen, hat bereits diese Adresse.");
        }
    }

    @Test
    void anOwnersPrivateWebhookAddressWidgetSitesEmptyNameAndGuestDataRequestAreRefusedInGerman() {
        Organisation org = fixtures.organisation("Harbour House");
        String owner = fixtures.user(org, "owner", true);

        try (Browser browser = signedInInGerman(owner, "/dashboard/owner/webhooks.xhtml")) {
            browser.type("endpoint-url", "https://10.0.0.5/hooks");
            assertThat(refusal(browser, "add-endpoint", "endpoint-url-error"))
                    .isEqualTo("Abgelehnt: 10.0.0.5 ist eine private Adresse; aufgerufen werden nur Adressen im öffentlichen Internet.");

            browser.visit("/dashboard/owner/widget.xhtml");
            browser.type("widget-origins", "https://*.harbour-house.example\nhttps://harbour-house.example/book");
            assertThat(refusal(browser, "save-widget-origins", "widget-origins-error")).isEqualTo("https://*.harbour-house.example: "
                    + "Nennen Sie jede Website mit ihrer eigenen Adresse; ein Platzhalter ließe Websites, die Sie nicht betreiben, "
                    + "das Widget zeigen. https://harbour-house.example/book: Geben Sie die Website ohne Pfad an, als "
                    + "https://harbour-house.example; der Browser sagt dem Widget nur, auf welcher Website es ist.");

            browser.visit("/dashboard/owner/settings.xhtml");
            browser.type("settings-name", "");
            assertThat(refusal(browser, "save-settings", "settings-name-error"))
                    .isEqualTo("Bitte geben Sie den Namen Ihrer Organisation ein.");

            browser.visit("/dashboard/guest-data.json?email=");
            assertThat(browser.text("[data-role=refusal]"))
                    .isEqualTo("Geben Sie die E-Mail-Adresse des Gastes ein, etwa ada@example.org.");
        }
    }

    @Test
    void fewerRoomsOfAKindThanTheStaysHoldAreRefusedInGermanOnTheRoomEditor() {
        Organisation org = fixtures.organisation("Harbour House");
        String owner = fixtures.user(org, "owner", true);
        Item room = fixtures.item(org, "Standard Double");
        fixtures.units(room, 3);
        fixtures.inUnit(fixtures.paidBooking(org, room, JAN_1, JAN_3), 3);

        try (Browser browser = signedInInGerman(owner, "/dashboard/room.xhtml?id=" + room.id())) {
            browser.click(".ui-spinner:has([data-role=room-units-input]) .ui-spinner-down, "
                    + "[data-role=room-units-input] .ui-spinner-down");
            assertThat(refusal(browser, "save-room", "units-error")).isEqualTo("Zimmer 3 von Standard Double hat ab heute "
                    + "Aufenthalte oder geschlossene Tage; verlegen Sie diese zuerst in ein anderes Zimmer oder stornieren Sie "
                    + "sie, oder behalten Sie 3 Zimmer.");
        }
    }

    @Test
    void anOwnersHandEditedAuditLogAndBookingsExportsAreRefusedInGerman() {
        Organisation org = fixtures.organisation("Harbour House");
        String owner = fixtures.user(org, "owner", true);

        try (Browser browser = signedInInGerman(owner, "/dashboard/owner/audit-log.xhtml")) {
            browser.visit("/dashboard/owner/audit-log.csv?kind=planet");
            assertThat(browser.text("[data-role=refusal]")).startsWith("Wählen Sie aus der Liste, worum es geht: booking, room, ")
                    .endsWith(", calendar_feed.");

            browser.visit("/dashboard/owner/audit-log.csv?from=%2B999999999-12-31");
            assertThat(browser.text("[data-role=refusal]")).isEqualTo("Wählen Sie Tage in den Jahren 1 bis 9999.");

            browser.visit("/dashboard/owner/audit-log.csv?until=31.12.2027");
            assertThat(browser.text("[data-role=refusal]")).isEqualTo("Schreiben Sie die Tage als JJJJ-MM-TT, etwa 2027-01-31.");

            browser.visit("/dashboard/bookings.csv?status=lost");
            assertThat(browser.text("[data-role=refusal]"))
                    .isEqualTo("Verwenden Sie status=paid, room=<Zimmer-ID> und Tage als JJJJ-MM-TT.");
        }
    }

    /** A dashboard page in German, its owner signed in. */
    private static Browser signedInInGerman(String email, String path) {
        Browser browser = Browser.speaking("de-DE,de").visit(path);
        browser.signIn(email, Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(path));
        return browser;
    }

    /** Sends the form by its button and answers the refusal the page then shows next to the field. */
    private static String refusal(Browser browser, String button, String error) {
        browser.click("[data-role=" + button + "]");
        browser.waitUntil(page -> !page.text("[data-role=" + error + "]").isEmpty());
        return browser.text("[data-role=" + error + "]");
    }
}
