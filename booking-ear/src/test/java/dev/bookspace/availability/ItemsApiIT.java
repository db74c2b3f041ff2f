package dev.bookspace.availability;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static dev.bookspace.testing.Stays.JAN_5;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v3/organisations/{id}/items} with the organisation's key: the same availability as the page, as JSON. */
@FullStack
@RunAsClient
class ItemsApiIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();
    private Organisation org;
    private Item room;
    private String key;

    @BeforeEach
    void organisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        key = fixtures.apiKey(org);
    }

    @Test
    void listsTheItemsFreeForAStayWithTheirTotal() {
        Item suite = fixtures.item(org, "Suite", 18_000);
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        Answer answer = Pages.api(itemsPath(org) + "?check_in=" + JAN_1 + "&checkout=" + JAN_3, key);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonObject only = json(answer).getJsonArray("items").getJsonObject(0);
        assertThat(json(answer).getJsonArray("items")).hasSize(1);
        assertThat(only.getJsonNumber("id").longValue()).isEqualTo(suite.id());
        assertThat(only.getString("title")).isEqualTo("Suite");
        assertThat(only.getInt("nights")).isEqualTo(2);
        assertThat(only.getJsonObject("stay_total").getInt("amount_minor")).isEqualTo(36_000);
        assertThat(only.getJsonObject("stay_total").getString("currency")).isEqualTo("EUR");
        assertThat(only.getString("check_in")).isEqualTo(JAN_1.toString());
    }

    /**
     * A hold whose guest never paid stops blocking at its expiry, before the expiry job marks it. The search asks each
     * unit for its last stay checking in before the checkout: a lapsed hold there is stepped over, and a live stay
     * behind it still takes the room.
     */
    @Test
    void listsARoomWhoseOnlyHoldLapsedButNotOneStillTakenBehindALapsedHold() {
        Item behind = fixtures.item(org, "Garden Room");
        Instant lapsed = Instant.now().minusSeconds(60);
        fixtures.unpaidHold(org, room, JAN_1, JAN_4, lapsed);
        fixtures.paidBooking(org, behind, JAN_1.minusDays(2), JAN_2);
        fixtures.unpaidHold(org, behind, JAN_2, JAN_5, lapsed);
        Item held = fixtures.item(org, "Loft");
        fixtures.unpaidHold(org, held, JAN_2, JAN_4, Instant.now().plusSeconds(600));

        Answer answer = Pages.api(itemsPath(org) + "?check_in=" + JAN_1 + "&checkout=" + JAN_3, key);

        assertThat(json(answer).getJsonArray("items")).extracting(value -> value.asJsonObject().getString("title"))
                .containsExactly("Sea Room");
    }

    @Test
    void listsEveryActiveItemWithoutDates() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);
        fixtures.item(org, "Suite");

        Answer answer = Pages.api(itemsPath(org), key);

        assertThat(json(answer).getJsonArray("items")).extracting(value -> value.asJsonObject().getString("title"))
                .containsExactly("Sea Room", "Suite");
    }

    @Test
    void neverListsAnotherOrganisationsItems() {
        Organisation other = fixtures.organisation("Other Place");
        fixtures.item(other, "Other Place's Loft");

        Answer answer = Pages.api(itemsPath(org) + "?check_in=" + JAN_1 + "&checkout=" + JAN_3, key);

        assertThat(json(answer).getJsonArray("items")).extracting(value -> value.asJsonObject().getString("title"))
                .containsExactly("Sea Room");
    }

    @Test
    void refusesBadDatesWithAProblemNamingTheField() {
        Answer answer = Pages.api(itemsPath(org) + "?check_in=" + JAN_3 + "&checkout=" + JAN_1, key);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(json(answer).getString("detail")).isEqualTo("Checkout must be after check-in.");
        assertThat(json(answer).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("checkout");
    }

    @Test
    void pagesTheItemsByTitleFollowingNextCursor() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);
        for (String title : new String[] {"Loft", "Attic", "Garden Room", "Suite"}) {
            fixtures.item(org, title);
        }
        String stay = "&check_in=" + JAN_1 + "&checkout=" + JAN_3;

        assertThat(titlesPageByPage(itemsPath(org) + "?limit=2" + stay)).containsExactly(
                List.of("Attic", "Garden Room"), List.of("Loft", "Suite"));
        assertThat(titlesPageByPage(itemsPath(org) + "?limit=2")).containsExactly(
                List.of("Attic", "Garden Room"), List.of("Loft", "Sea Room"), List.of("Suite"));
    }

    @Test
    void refusesAnAlteredCursorAndALimitOutOfRange() {
        for (String query : new String[] {"cursor=not-ours", "limit=0", "limit=201", "limit=ten"}) {
            Answer answer = Pages.api(itemsPath(org) + "?" + query + "&check_in=" + JAN_1 + "&checkout=" + JAN_3, key);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(json(answer).getJsonArray("errors").getJsonObject(0).getString("field")).as(query)
                    .isEqualTo(query.split("=")[0]);
        }
    }

    /** The titles of each page, from the first to the one without a next_cursor. */
    private List<List<String>> titlesPageByPage(String firstPage) {
        List<List<String>> pages = new ArrayList<>();
        String path = firstPage;
        while (path != null) {
            Answer answer = Pages.api(path, key);
            assertThat(answer.status()).as(path).isEqualTo(200);
            JsonObject page = json(answer);
            pages.add(page.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("title")).toList());
            path = page.containsKey("next_cursor") ? firstPage + "&cursor=" + page.getString("next_cursor") : null;
        }
        return pages;
    }

    @Test
    void answersOtherAndUnknownOrganisationsWithA404Problem() {
        for (String id : new String[] {"999999999", "not-a-number", "-1"}) {
            Answer answer = Pages.api("/api/v3/organisations/" + id + "/items", key);

            assertThat(answer.status()).as(id).isEqualTo(404);
            assertThat(answer.contentType()).as(id).startsWith("application/problem+json");
        }
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
