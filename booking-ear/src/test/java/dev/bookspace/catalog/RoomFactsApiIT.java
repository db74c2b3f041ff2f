package dev.bookspace.catalog;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An integration describes a room's beds, size, amenities and hours through API v3, and reads them back with the item. */
@FullStack
@RunAsClient
class RoomFactsApiIT {

    private static final String FACTS = """
            {"beds": [{"kind": "sofa_bed", "count": 1}, {"kind": "double", "count": 1}], "size_m2": 25,
             "amenities": ["balcony", "wifi"], "check_in_time": "16:00"}""";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ApiClient api = new ApiClient(Pages.BASE_URL);
    private Organisation org;
    private Item room;
    private String key;

    @BeforeEach
    void organisationWithARoomAndAKey() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        key = fixtures.apiKey(org);
    }

    @Test
    void writesTheFactsAndEveryReadOfTheItemCarriesThem() {
        Exchange written = api.put(facts(room), FACTS).key(key).send();

        assertThat(written.status()).as(written.body()).isEqualTo(200);
        JsonObject kept = json(written);
        assertThat(kept.getJsonArray("beds").toString()).as("in the list's order")
                .isEqualTo("[{\"count\":1,\"kind\":\"double\"},{\"count\":1,\"kind\":\"sofa_bed\"}]");
        assertThat(kept.getInt("size_m2")).isEqualTo(25);
        assertThat(strings(kept, "amenities")).containsExactly("wifi", "balcony");
        assertThat(kept.getString("check_in_time")).isEqualTo("16:00");
        assertThat(kept.containsKey("checkout_time")).as("the organisation's hour holds").isFalse();

        JsonObject item = json(api.get(items() + "/" + room.id()).key(key).send());
        JsonObject listed = json(api.get(items()).key(key).send()).getJsonArray("items").getJsonObject(0);
        JsonObject free = json(api.get(items() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3).key(key).send())
                .getJsonArray("items").getJsonObject(0);
        for (JsonObject read : List.of(item, listed, free)) {
            assertThat(read.getJsonArray("beds")).isEqualTo(kept.getJsonArray("beds"));
            assertThat(read.getInt("size_m2")).isEqualTo(25);
            assertThat(strings(read, "amenities")).containsExactly("wifi", "balcony");
            assertThat(read.getString("check_in_time")).isEqualTo("16:00");
        }
        assertThat(fixtures.auditLog(org)).last().asString().startsWith("room.updated by api_key")
                .contains("\"size\": \"25 m²\"", "\"beds\": \"1 double bed · 1 sofa bed\"", "\"amenities\": \"Wi-Fi, Balcony\"");
    }

    @Test
    void anEmptyBodyClearsTheFacts() {
        api.put(facts(room), FACTS).key(key).send();

        JsonObject cleared = json(api.put(facts(room), "{}").key(key).send());

        assertThat(cleared.getJsonArray("beds")).isEmpty();
        assertThat(cleared.getJsonArray("amenities")).isEmpty();
        assertThat(cleared.keySet()).doesNotContain("size_m2", "check_in_time");
        assertThat(json(api.get(items() + "/" + room.id()).key(key).send()).keySet()).doesNotContain("size_m2");
    }

    @Test
    void valuesThatBreakTheRulesAre422NamingEachFieldAndChangeNothing() {
        api.put(facts(room), FACTS).key(key).send();

        Exchange refused = api.put(facts(room), """
                {"beds": [{"kind": "hammock", "count": 1}, {"kind": "single", "count": 21}], "size_m2": 0,
                 "amenities": ["wifi", "jacuzzi"]}""").key(key).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(errors(refused)).containsExactlyInAnyOrder(
                "beds[0].kind: Choose a kind of bed: single, double, queen, king, bunk, sofa_bed or cot.",
                "beds[1].count: A room has at most 20 beds of one kind.",
                "size_m2: A size is at least 1 m²; leave it empty if you do not know it.",
                "amenities[1]: Choose each amenity from Bookspace's list.");
        Exchange twice = api.put(facts(room), """
                {"beds": [{"kind": "single", "count": 1}, {"kind": "single", "count": 1}]}""").key(key).send();
        assertThat(twice.status()).isEqualTo(422);
        assertThat(errors(twice)).containsExactly("beds: Give each kind of bed once, with how many the room has.");
        assertThat(json(api.get(items() + "/" + room.id()).key(key).send()).getInt("size_m2")).isEqualTo(25);
    }

    @Test
    void aBodyOfTheWrongShapeIs400AndAnotherOrganisationsRoomIsNotFound() {
        Exchange malformed = api.put(facts(room), """
                {"size_m2": "big", "check_in_time": "4pm", "amenities": "wifi", "colour": "blue"}""").key(key).send();

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(errors(malformed)).extracting(error -> error.substring(0, error.indexOf(':')))
                .containsExactlyInAnyOrder("colour", "size_m2", "check_in_time", "amenities");
        Item theirs = fixtures.item(fixtures.organisation("Elsewhere"), "Their Loft");
        assertThat(api.put(facts(theirs), FACTS).key(key).send().status()).isEqualTo(404);
    }

    private String items() {
        return "/api/v3/organisations/" + org.id() + "/items";
    }

    private String facts(Item item) {
        return items() + "/" + item.id() + "/facts";
    }

    private static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonValue.class).stream()
                .map(value -> ((jakarta.json.JsonString) value).getString()).toList();
    }

    private static List<String> errors(Exchange answer) {
        return json(answer).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + ": " + error.getString("message")).toList();
    }

    private static JsonObject json(Exchange answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
