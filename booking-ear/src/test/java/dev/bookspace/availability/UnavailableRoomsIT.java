package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.british;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.Pages.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Why a room is not offered: under the free rooms on the public page, and as codes over the API. */
@FullStack
@RunAsClient
class UnavailableRoomsIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();
    private Organisation org;

    /**
     * Two rooms for two, one of them booked for the stay; two for four, one of them closed for it; and one booked on
     * another channel, whose calendar feed took the nights.
     */
    @BeforeEach
    void organisationWithRoomsTakenEachWay() {
        org = fixtures.organisation("Harbour House");
        fixtures.paidBooking(org, fixtures.item(org, "Sea Room"), JAN_1, JAN_3);
        fixtures.closedDates(org, fixtures.item(org, "Attic", 20_000, 4), JAN_1, JAN_3, "Plumber fixing the shower");
        fixtures.item(org, "Loft");
        fixtures.item(org, "Family Room", 20_000, 4);
        fixtures.channelBooking(org, fixtures.item(org, "Garden Room", 15_000, 4), JAN_1, JAN_3);
    }

    @Test
    void thePageSaysWhyEachOtherRoomIsNotOffered() {
        Page page = Pages.get(roomsPath(org, JAN_1, JAN_3) + "&guests=3");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.roomCards()).containsExactly("Family Room");
        assertThat(page.link("room-link")).endsWith("&guests=3");
        assertThat(unavailable(page)).containsExactly(
                Map.entry("Attic", "Closed for maintenance those nights"),
                Map.entry("Garden Room", "Booked those nights"),
                Map.entry("Loft", "Sleeps 2 (you are 3)"),
                Map.entry("Sea Room", "Booked those nights; Sleeps 2 (you are 3)"));
        assertThat(page.html().text()).as("staff's reason for closing is theirs").doesNotContain("Plumber");

        assertThat(unavailable(Pages.get(roomsPath(org, JAN_1, JAN_3)))).as("without guests, any room sleeps them")
                .containsOnlyKeys("Attic", "Garden Room", "Sea Room");
    }

    /**
     * A guest reads the rooms not offered after the last free one: a page with more free rooms after it lists none
     * (nor asks for them), the last page lists them under its free rooms.
     */
    @Test
    void theRoomsNotOfferedFollowTheLastFreeRoom() {
        for (int number = 1; number <= 23; number++) {
            fixtures.item(org, String.format("Cabin %02d", number));
        }

        Page first = Pages.get(roomsPath(org, JAN_1, JAN_3));
        assertThat(first.roomCards()).hasSize(24).startsWith("Cabin 01").endsWith("Family Room");
        assertThat(unavailable(first)).isEmpty();

        Page last = Pages.get(first.link("more-rooms"));
        assertThat(last.roomCards()).containsExactly("Loft");
        assertThat(last.link("more-rooms")).isNull();
        assertThat(unavailable(last)).containsOnlyKeys("Attic", "Garden Room", "Sea Room");
    }

    @Test
    void aStayTheRulesRefuseListsEveryRoomAndOffersTheNearestStayTheyTake() {
        Organisation strict = fixtures.organisation("Strict House");
        fixtures.stayRule(strict, "min_nights", 3);
        fixtures.paidBooking(strict, fixtures.item(strict, "Sea Room"), JAN_1, JAN_3);
        fixtures.item(strict, "Loft");

        Page page = Pages.get(roomsPath(strict, JAN_1, JAN_3));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("search-problem")).isEqualTo("Minimum 3 nights.");
        assertThat(page.link("nearest-stay")).isEqualTo(roomsPath(strict, JAN_1, JAN_1.plusDays(3)));
        assertThat(page.text("nearest-stay")).isEqualTo("Search " + british(JAN_1) + " to " + british(JAN_1.plusDays(3)) + " (3 nights) instead");
        assertThat(unavailable(page)).containsExactly(
                Map.entry("Loft", "Minimum 3 nights"),
                Map.entry("Sea Room", "Booked those nights; Minimum 3 nights"));

        JsonObject answer = json(Pages.api(itemsPath(strict) + "?check_in=" + JAN_1 + "&checkout=" + JAN_3
                + "&include_unavailable=true", fixtures.apiKey(strict)));
        assertThat(answer.getJsonArray("items")).isEmpty();
        assertThat(reasons(answer)).containsExactly(Map.entry("Loft", "[\"min_nights\"]"),
                Map.entry("Sea Room", "[\"booked\",\"min_nights\"]"));
        assertThat(answer.getJsonObject("nearest_stay").getString("checkout")).isEqualTo(JAN_1.plusDays(3).toString());
    }

    @Test
    void theApiAnswersTheSameRoomsWithTheirReasonsAsCodes() {
        Answer answer = Pages.api(itemsPath(org) + "?check_in=" + JAN_1 + "&checkout=" + JAN_3
                + "&guests=3&include_unavailable=true", fixtures.apiKey(org));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(json(answer).getJsonArray("items")).extracting(item -> item.asJsonObject().getString("title"))
                .containsExactly("Family Room");
        assertThat(reasons(json(answer))).containsExactly(
                Map.entry("Attic", "[\"closed\"]"),
                Map.entry("Garden Room", "[\"booked\"]"),
                Map.entry("Loft", "[\"capacity\"]"),
                Map.entry("Sea Room", "[\"booked\",\"capacity\"]"));
        assertThat(json(answer).getBoolean("more_unavailable")).isFalse();
    }

    @Test
    void aBookedRoomOffersItsNearestFreeStayOfAsManyNights() {
        Page page = Pages.get(roomsPath(org, JAN_1, JAN_3));

        Element seaRoom = page.html().selectFirst("[data-role=unavailable-room]:has([data-role=unavailable-title]:containsOwn(Sea Room))");
        assertThat(seaRoom.selectFirst("[data-role=nearest-free-stay]").text())
                .isEqualTo("Free " + british(JAN_3) + " to " + british(JAN_3.plusDays(2)) + ": book it then");
        assertThat(seaRoom.selectFirst("[data-role=nearest-free-stay]").attr("href"))
                .endsWith("/rooms/" + seaRoom.attr("data-item-id") + "?check_in=" + JAN_3 + "&checkout=" + JAN_3.plusDays(2));
        assertThat(page.html().select("[data-role=unavailable-room]:has([data-role=unavailable-title]:containsOwn(Attic)) "
                + "[data-role=nearest-free-stay]")).as("closed, not booked").isEmpty();

        JsonObject answer = json(Pages.api(itemsPath(org) + "?check_in=" + JAN_1 + "&checkout=" + JAN_3
                + "&include_unavailable=true", fixtures.apiKey(org)));
        Map<String, String> nearest = new LinkedHashMap<>();
        answer.getJsonArray("unavailable_items").forEach(item -> nearest.put(item.asJsonObject().getString("title"),
                String.valueOf(item.asJsonObject().get("nearest_free_stay"))));
        assertThat(nearest).containsEntry("Sea Room", "{\"check_in\":\"" + JAN_3 + "\",\"checkout\":\"" + JAN_3.plusDays(2) + "\"}")
                .containsEntry("Attic", "null");
    }

    @Test
    void refusesGuestsThatAreNotAWholeNumberFromOne() {
        Page page = Pages.get(roomsPath(org, JAN_1, JAN_3) + "&guests=0");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("search-problem")).isEqualTo("Guests must be a whole number from 1; leave it empty for any number.");
        assertThat(Pages.api(itemsPath(org) + "?check_in=" + JAN_1 + "&checkout=" + JAN_3 + "&guests=two",
                fixtures.apiKey(org)).status()).isEqualTo(400);
    }

    /** The rooms listed as not offered, by title, with their reasons as the page words them. */
    private static Map<String, String> unavailable(Page page) {
        Map<String, String> rooms = new LinkedHashMap<>();
        page.html().select("[data-role=unavailable-room]").forEach(room -> rooms.put(
                room.selectFirst("[data-role=unavailable-title]").text(), room.selectFirst("[data-role=unavailable-reasons]").text()));
        return rooms;
    }

    private static Map<String, String> reasons(JsonObject answer) {
        Map<String, String> rooms = new LinkedHashMap<>();
        JsonArray unavailable = answer.getJsonArray("unavailable_items");
        unavailable.forEach(item -> rooms.put(item.asJsonObject().getString("title"),
                item.asJsonObject().getJsonArray("unavailable_reasons").toString()));
        return rooms;
    }

    private static String itemsPath(Organisation org) {
        return "/api/v3/organisations/" + org.id() + "/items";
    }

    private static JsonObject json(Answer answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
