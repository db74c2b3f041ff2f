package dev.bookspace.catalog;

import static dev.bookspace.testing.Pages.roomsPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Browser;
import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff give a room its title and description in German on the room's page; guests whose page is German see them on
 * the rooms page, the room's page and in their mails, and everyone else the room's own. Integrations set and remove
 * them through the API, which refuses a language Bookspace does not speak.
 */
@FullStack
@RunAsClient
class RoomTranslationsIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ApiClient http = new ApiClient(Pages.BASE_URL);
    private Organisation org;
    private Item room;
    private LocalDate checkIn;

    @BeforeEach
    void aHouseWithASeaRoom() {
        org = fixtures.cardOrganisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);
    }

    @Test
    void aGermanGuestSeesTheGermanTitleStaffGaveAndAnEnglishOneTheRoomsOwn() throws InterruptedException {
        String editor = "/dashboard/room.xhtml?id=" + room.id();
        try (Browser browser = Browser.open().visit(editor)) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(editor));
            browser.type("translation-description][data-language=de", "Mit Balkon über dem Hafen.");
            browser.click("[data-role=save-translations]");
            browser.waitUntil(page -> page.text("[data-role=translation-messages]")
                    .equals("German: Please give the room's title in German."));
            browser.type("translation-title][data-language=de", "Zimmer zum Meer");
            browser.click("[data-role=save-translations]");
            browser.waitUntil(page -> page.text("[data-role=translation-messages]").equals("Titles in other languages saved."));

            browser.visit(editor);
            assertThat(browser.find("translation-title][data-language=de").getAttribute("value")).isEqualTo("Zimmer zum Meer");
        }

        Document german = page(roomsPath(org, checkIn, checkIn.plusDays(2)), "Accept-Language", "de-DE,de;q=0.9");
        assertThat(german.select("[data-role=room-card] [data-role=room-title]").eachText()).containsExactly("Zimmer zum Meer");
        assertThat(german.select("[data-role=room-card] .room-description").eachText()).containsExactly("Mit Balkon über dem Hafen.");
        Document english = page(roomsPath(org, checkIn, checkIn.plusDays(2)), "Accept-Language", "en-GB,en;q=0.9");
        assertThat(english.select("[data-role=room-card] [data-role=room-title]").eachText()).containsExactly("Sea Room");

        String roomPage = "/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + checkIn + "&checkout=" + checkIn.plusDays(2);
        Document chosenGerman = page(roomPage, "Cookie", "bookspace_language=de");
        assertThat(chosenGerman.select("[data-role=room-title]").text()).isEqualTo("Zimmer zum Meer");
        assertThat(chosenGerman.title()).startsWith("Zimmer zum Meer, ");
        assertThat(page(roomPage, "Accept-Language", "en").select("[data-role=room-title]").text()).isEqualTo("Sea Room");

        String guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn, checkIn.plusDays(2), guest, "de");
        assertThat(TestMail.awaitBody(guest, "Ihre Buchung bei Harbour House")).contains("Zimmer:         Zimmer zum Meer");
    }

    @Test
    void anIntegrationSetsAndRemovesATitleAndIsRefusedALanguageBookspaceDoesNotSpeak() {
        String key = fixtures.apiKey(org);
        String item = "/api/v3/organisations/" + org.id() + "/items/" + room.id();

        Exchange set = http.put(item + "/translations/fr", "{\"title\": \"Chambre côté mer\"}").key(key).send();
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(translations(http.get(item).key(key).send()).getJsonObject("fr").getString("title")).isEqualTo("Chambre côté mer");

        Exchange spanish = http.put(item + "/translations/es", "{\"title\": \"Habitación\"}").key(key).send();
        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.contentType()).startsWith("application/problem+json");
        assertThat(spanish.body()).contains("\"field\":\"language\"", "language must be one of en, de, fr, pt.");
        Exchange blank = http.put(item + "/translations/de", "{\"title\": \"  \"}").key(key).send();
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("\"field\":\"title\"", "Please give the room's title in German.");

        assertThat(http.request("DELETE", item + "/translations/fr").key(key).send().status()).isEqualTo(204);
        Exchange again = http.request("DELETE", item + "/translations/fr").key(key).send();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(translations(http.get(item).key(key).send())).isEmpty();
        assertThat(fixtures.auditLog(org)).anySatisfy(line -> assertThat(line).startsWith("room.translated by api_key"))
                .anySatisfy(line -> assertThat(line).startsWith("room.translation_removed by api_key"));
    }

    private static JsonObject translations(Exchange item) {
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(item.body()))) {
            return reader.readObject().getJsonObject("translations");
        }
    }

    private Document page(String path, String header, String value) {
        Exchange answer = http.get(path).header(header, value).send();
        assertThat(answer.status()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body(), Pages.BASE_URL + path);
    }
}
