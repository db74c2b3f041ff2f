package dev.bookspace.catalog;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where guests and integrators meet room photos: each room's cover on its card (sized, so the page does
 * not jump as it loads, and described by the room's title), the room's gallery in the staff's order, and
 * the API's items with every photo's absolute addresses and the cover.
 */
@FullStack
@RunAsClient
class RoomPhotosPagesIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item sea;
    private Item garden;
    private String first;
    private String cover;

    @BeforeEach
    void aRoomWithTwoPhotosTheSecondItsCoverAndOneWithout() {
        org = fixtures.organisation("Harbour House");
        sea = fixtures.item(org, "Sea Room");
        garden = fixtures.item(org, "Garden Room");
        byte[] jpeg = TestPhotos.jpeg(64, 48);
        first = fixtures.roomPhoto(org, sea, "bed.jpg", false, jpeg, 64, 48);
        cover = fixtures.roomPhoto(org, sea, "view.jpg", true, jpeg, 64, 48);
    }

    @Test
    void theRoomsPageShowsEachRoomsCoverSizedAndNamedByTheRoom() {
        Document page = Pages.get(roomsPath(org, JAN_1, JAN_3)).html();

        Element seaCover = card(page, sea).selectFirst("img[data-role=room-cover]");
        assertThat(seaCover).isNotNull();
        assertThat(seaCover.attr("src")).isEqualTo("/photos/" + org.identifier() + "/" + cover + "-card.jpg");
        assertThat(seaCover.attr("alt")).isEqualTo("Sea Room");
        assertThat(seaCover.attr("width") + "x" + seaCover.attr("height")).isEqualTo("64x48");
        assertThat(seaCover.attr("loading")).isEqualTo("lazy");
        assertThat(card(page, garden).select("img")).as("a room without photos").isEmpty();
        assertThat(Pages.fetch(seaCover.attr("src")).status()).isEqualTo(200);
        assertThat(Pages.cookiesSetBy(roomsPath(org, JAN_1, JAN_3))).doesNotContain("JSESSIONID");
    }

    @Test
    void theRoomPageShowsItsPhotosInOrderFirstOneFirst() {
        Document page = Pages.get("/" + org.identifier() + "/rooms/" + sea.id()).html();

        assertThat(page.select("[data-role=gallery-photo]")).extracting(photo -> photo.attr("src"))
                .containsExactly("/photos/" + org.identifier() + "/" + first + "-large.jpg",
                        "/photos/" + org.identifier() + "/" + cover + "-large.jpg");
        assertThat(page.select("[data-role=gallery-photo]")).extracting(photo -> photo.attr("alt"))
                .containsExactly("Sea Room, photo 1 of 2", "Sea Room, photo 2 of 2");
        assertThat(page.select("[data-role=gallery-photo].is-current")).hasSize(1);
        assertThat(page.select("[data-role=gallery-thumbnail]")).hasSize(2);
        assertThat(Pages.get("/" + org.identifier() + "/rooms/" + garden.id()).html().select("[data-role=gallery]"))
                .as("a room without photos has no gallery").isEmpty();
    }

    @Test
    void theApiGivesEachItemsPhotosAtAbsoluteAddressesPerSizeAndItsCover() {
        String key = fixtures.apiKey(org);

        JsonObject listed = json(Pages.api("/api/v3/organisations/" + org.id() + "/items", key)).getJsonArray("items")
                .stream().map(item -> item.asJsonObject()).filter(item -> item.getString("title").equals("Sea Room")).findFirst()
                .orElseThrow();
        JsonObject detail = json(Pages.api("/api/v3/organisations/" + org.id() + "/items/" + sea.id(), key));

        for (JsonObject item : new JsonObject[] {listed, detail}) {
            assertThat(item.getJsonArray("photos")).hasSize(2);
            JsonObject firstPhoto = item.getJsonArray("photos").getJsonObject(0);
            assertThat(firstPhoto.getBoolean("cover")).isFalse();
            assertThat(firstPhoto.getJsonObject("card").getString("url"))
                    .isEqualTo(Pages.BASE_URL + "/photos/" + org.identifier() + "/" + first + "-card.jpg");
            assertThat(firstPhoto.getJsonObject("large").getString("url"))
                    .isEqualTo(Pages.BASE_URL + "/photos/" + org.identifier() + "/" + first + "-large.jpg");
            assertThat(firstPhoto.getJsonObject("large").getInt("width")).isEqualTo(64);
            assertThat(item.getJsonObject("cover_photo").getJsonObject("card").getString("url")).endsWith("/" + cover + "-card.jpg");
        }
        JsonObject gardenItem = json(Pages.api("/api/v3/organisations/" + org.id() + "/items/" + garden.id(), key));
        assertThat(gardenItem.getJsonArray("photos")).isEmpty();
        assertThat(gardenItem.containsKey("cover_photo")).isFalse();
    }

    private static Element card(Document page, Item item) {
        return page.selectFirst("[data-role=room-card][data-item-id=" + item.id() + "]");
    }

    private static JsonObject json(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
