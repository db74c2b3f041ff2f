package dev.bookspace.availability;

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
import dev.bookspace.testing.Pages.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guests list the free rooms by price (the room's own nightly price, lowest first) or by size (largest first,
 * rooms without a size last), a page at a time: "More rooms" goes on in the same order, rooms of equal price or
 * size included, none twice and none left out; the API's search pages the same way.
 */
@FullStack
@RunAsClient
class RoomsSortIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private final List<Item> rooms = new ArrayList<>();

    /**
     * Rooms 01 to 26, made in that order: priced the dearer the lower their number (Rooms 02 and 03 alike), and the
     * odd ones sized three times their number, the even ones without a size.
     */
    @BeforeEach
    void twentySixRoomsWhoseNamesPricesAndSizesDisagree() {
        org = fixtures.organisation("Harbour House");
        for (int number = 1; number <= 26; number++) {
            long price = number == 2 ? 24_000 : (27 - number) * 1_000L;
            Item room = fixtures.item(org, "Room %02d".formatted(number), price);
            if (number % 2 == 1) {
                fixtures.roomSize(room, number * 3);
            }
            rooms.add(room);
        }
    }

    @Test
    void byPriceTheCheapestComeFirstAndTheNextPageGoesOnInTheSameOrder() {
        List<String> cheapestFirst = new ArrayList<>(titles(IntStream.iterate(26, n -> n >= 4, n -> n - 1)));
        cheapestFirst.addAll(List.of("Room 02", "Room 03", "Room 01"));

        Page first = Pages.get(roomsPath(org, JAN_1, JAN_3) + "&sort=price");
        assertThat(first.roomCards()).containsExactlyElementsOf(cheapestFirst.subList(0, 24));
        assertThat(first.html().select("select[data-role=sort] option[selected]").text()).isEqualTo("Price, lowest first");
        assertThat(first.link("more-rooms")).contains("sort=price");

        Page second = Pages.get(first.link("more-rooms"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.roomCards()).containsExactlyElementsOf(cheapestFirst.subList(24, 26));
        assertThat(second.link("first-rooms")).isEqualTo(roomsPath(org, JAN_1, JAN_3) + "&sort=price");
    }

    @Test
    void bySizeTheLargestComeFirstAndRoomsWithoutASizeLast() {
        List<String> largestFirst = new ArrayList<>(titles(IntStream.iterate(25, n -> n >= 1, n -> n - 2)));
        largestFirst.addAll(titles(IntStream.iterate(2, n -> n <= 26, n -> n + 2)));

        Page first = Pages.get(roomsPath(org, JAN_1, JAN_3) + "&sort=size");
        assertThat(first.roomCards()).containsExactlyElementsOf(largestFirst.subList(0, 24));
        assertThat(first.html().select("[data-role=room-card]").first().select("[data-role=room-facts]").text())
                .isEqualTo("75 m²");

        assertThat(Pages.get(first.link("more-rooms")).roomCards()).containsExactlyElementsOf(largestFirst.subList(24, 26));
    }

    @Test
    void byNameAsBeforeAndAnUnknownOrderIsRefusedWithAMessage() {
        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactlyElementsOf(
                titles(IntStream.rangeClosed(1, 24)));

        Page unknown = Pages.get(roomsPath(org, JAN_1, JAN_3) + "&sort=stars");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("search-problem")).isEqualTo("Sort by name, price or size.");
    }

    @Test
    void theApiPagesThroughTheSameOrders() {
        String key = fixtures.apiKey(org);
        String search = "/api/v3/organisations/" + org.id() + "/items?check_in=" + JAN_1 + "&checkout=" + JAN_3 + "&limit=5";

        List<String> byPrice = everyPage(search + "&sort=price", key);
        assertThat(byPrice).hasSize(26).startsWith("Room 26", "Room 25").endsWith("Room 04", "Room 02", "Room 03", "Room 01");
        List<String> bySize = everyPage(search + "&sort=size", key);
        assertThat(bySize).hasSize(26).startsWith("Room 25", "Room 23").endsWith("Room 24", "Room 26");

        JsonObject firstByPrice = json(Pages.api(search + "&sort=price", key));
        Answer crossed = Pages.api(search + "&sort=size&cursor=" + firstByPrice.getString("next_cursor"), key);
        assertThat(crossed.status()).as("a cursor belongs to its order").isEqualTo(400);
    }

    private static List<String> everyPage(String search, String key) {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = json(Pages.api(search + (cursor == null ? "" : "&cursor=" + cursor), key));
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> titles.add(item.getString("title")));
            cursor = page.getString("next_cursor", null);
        } while (cursor != null);
        return titles;
    }

    private static List<String> titles(IntStream numbers) {
        return numbers.mapToObj("Room %02d"::formatted).toList();
    }

    private static JsonObject json(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
