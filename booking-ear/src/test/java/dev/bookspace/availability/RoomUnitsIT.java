package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.AtOnce;
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
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A room type of several identical units (issue 13): each unit a room under the exclusion constraint, one card and one
 * API item while any unit is free, a booking taking the lowest free unit, however many guests book at once.
 */
@FullStack
@RunAsClient
class RoomUnitsIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item doubles;
    private Item suite;
    private String key;

    @BeforeEach
    void aHotelWithThreeStandardDoublesAndASuite() {
        org = fixtures.organisation("Harbour House");
        doubles = fixtures.item(org, "Standard Double");
        fixtures.units(doubles, 3);
        suite = fixtures.item(org, "Suite");
        key = fixtures.apiKey(org);
    }

    @Test
    void aRoomOfThreeUnitsTakesThreeBookingsForTheSameNightsAndRefusesTheFourth() {
        assertThat(unitsLeft()).isEqualTo("Standard Double 3/3, Suite 1/1");
        // Booking.com's way: a room type says how few are left from 3 down; a single room never says it.
        assertThat(fewLeft(Pages.get(roomsPath(org, JAN_1, JAN_3)))).containsExactly("Standard Double: Only 3 rooms left");

        for (int unit = 1; unit <= 3; unit++) {
            Answer booked = book(doubles, "guest" + unit + "@example.org");
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            assertThat(json(booked).getJsonArray("items").getJsonObject(0).getInt("unit")).isEqualTo(unit);
            Page page = Pages.get(roomsPath(org, JAN_1, JAN_3));
            assertThat(page.roomCards()).isEqualTo(unit < 3 ? List.of("Standard Double", "Suite") : List.of("Suite"));
            assertThat(fewLeft(page)).isEqualTo(unit == 1 ? List.of("Standard Double: Only 2 rooms left")
                    : unit == 2 ? List.of("Standard Double: Only 1 room left") : List.of());
        }
        assertThat(unitsLeft()).isEqualTo("Suite 1/1");
        // The night before is still free in every unit: the stays hold only their own nights.
        assertThat(Pages.get(roomsPath(org, JAN_1.minusDays(1), JAN_1)).roomCards()).containsExactly("Standard Double", "Suite");

        Answer fourth = book(doubles, "guest4@example.org");

        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(json(fourth).getString("detail"))
                .isEqualTo("Standard Double was just booked for some of those nights. Nothing was booked.");
        assertThat(fixtures.occupiedUnits(org)).containsExactly(doubles.id() + " 1 [" + JAN_1 + "," + JAN_3 + ")",
                doubles.id() + " 2 [" + JAN_1 + "," + JAN_3 + ")", doubles.id() + " 3 [" + JAN_1 + "," + JAN_3 + ")");
    }

    @Test
    void eightGuestsBookingTheLastThreeUnitsAtOnceLeaveExactlyThreeBookingsOneAUnit() throws Exception {
        List<Answer> answers = AtOnce.run(8, n -> book(doubles, "guest" + n + "@example.org"));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(3);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).hasSize(5)
                .allSatisfy(lost -> assertThat(lost.status()).as(lost.body()).isEqualTo(409));
        assertThat(fixtures.occupiedUnits(org)).containsExactlyInAnyOrder(doubles.id() + " 1 [" + JAN_1 + "," + JAN_3 + ")",
                doubles.id() + " 2 [" + JAN_1 + "," + JAN_3 + ")", doubles.id() + " 3 [" + JAN_1 + "," + JAN_3 + ")");
    }

    @Test
    void closedDatesCloseOneUnitAndLeaveTheOthersBookable() {
        Answer closed = Pages.post(path("/items/" + doubles.id() + "/closed-dates"), "application/json",
                "{\"check_in\": \"" + JAN_1 + "\", \"checkout\": \"" + JAN_3 + "\", \"reason\": \"Painting\"}",
                "Authorization", "Bearer " + key);
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        assertThat(book(doubles, "ada@example.org").status()).isEqualTo(201);

        assertThat(unitsLeft()).isEqualTo("Standard Double 1/3, Suite 1/1");
        assertThat(fixtures.occupiedUnits(org)).containsExactly(doubles.id() + " 1 [" + JAN_1 + "," + JAN_3 + ")",
                doubles.id() + " 2 [" + JAN_1 + "," + JAN_3 + ")");
        // One night of the stay is enough to take the last unit from a longer search.
        assertThat(book(doubles, JAN_2, JAN_3, "grace@example.org").status()).isEqualTo(201);
        assertThat(unitsLeft()).isEqualTo("Suite 1/1");
    }

    @Test
    void anIntegrationClosesOneChosenUnitOrEveryUnitAndIsToldWhenTheUnitIsTaken() {
        String booked = fixtures.reference(fixtures.paidBooking(org, doubles, JAN_1, JAN_3));

        Answer taken = closeDates(JAN_1, JAN_3, "\"unit\": 1");
        Answer second = closeDates(JAN_1, JAN_3, "\"unit\": 2");

        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(json(taken).getString("detail")).isEqualTo("Standard Double · 1 is booked for some of those nights: " + booked
                + " (" + JAN_1 + " to " + JAN_3 + "). Nothing was closed; cancel or move that booking first, or choose other dates.");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(json(second).getJsonArray("units").toString()).isEqualTo("[2]");
        assertThat(unitsLeft()).isEqualTo("Standard Double 1/3, Suite 1/1");

        Answer everyUnit = closeDates(JAN_3, JAN_5, "\"every_unit\": true");

        assertThat(everyUnit.status()).as(everyUnit.body()).isEqualTo(201);
        assertThat(json(everyUnit).getJsonArray("units") + " " + json(everyUnit).getBoolean("every_unit")).isEqualTo("[1,2,3] true");
        assertThat(Pages.get(roomsPath(org, JAN_3, JAN_5)).roomCards()).containsExactly("Suite");
        assertThat(Pages.get(roomsPath(org, JAN_4, JAN_5)).roomCards()).as("any night of it").containsExactly("Suite");
        assertThat(closeDates(JAN_1, JAN_2, "\"every_unit\": true").status()).as("unit 1 is booked then").isEqualTo(409);
        assertThat(fixtures.auditLog(org)).as("the audit log names the units closed")
                .filteredOn(event -> event.startsWith("closed_dates.created")).satisfiesExactly(
                        one -> assertThat(one).contains("\"units\": \"2\""),
                        every -> assertThat(every).contains("\"units\": \"1, 2, 3\""));
    }

    @Test
    void theItemSaysHowManyUnitsItSells() {
        Answer item = Pages.api(path("/items/" + doubles.id()), key);

        assertThat(json(item).getInt("units")).isEqualTo(3);
        assertThat(json(Pages.api(path("/items/" + suite.id()), key)).getInt("units")).isEqualTo(1);
    }

    private Answer closeDates(Object checkIn, Object checkout, String unitField) {
        return Pages.post(path("/items/" + doubles.id() + "/closed-dates"), "application/json", "{\"check_in\": \"" + checkIn
                + "\", \"checkout\": \"" + checkout + "\", \"reason\": \"Painting\", " + unitField + "}",
                "Authorization", "Bearer " + key);
    }

    /** The cards that say how few of their rooms are left, as {@code title: words}. */
    private static List<String> fewLeft(Page page) {
        return page.html().select("[data-role=room-card]").stream()
                .filter(card -> card.selectFirst("[data-role=units-left]") != null)
                .map(card -> card.selectFirst("[data-role=room-title]").text() + ": "
                        + card.selectFirst("[data-role=units-left]").text())
                .toList();
    }

    /** The API's search for the stay, as {@code title left/units} per free item. */
    private String unitsLeft() {
        Answer search = Pages.api(path("/items?check_in=" + JAN_1 + "&checkout=" + JAN_3), key);
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        return String.join(", ", json(search).getJsonArray("items").stream().map(item -> item.asJsonObject())
                .map(item -> item.getString("title") + " " + item.getInt("units_left") + "/" + item.getInt("units")).toList());
    }

    private Answer book(Item item, String email) {
        return book(item, JAN_1, JAN_3, email);
    }

    private Answer book(Item item, Object checkIn, Object checkout, String email) {
        JsonObject body = Json.createObjectBuilder().add("check_in", checkIn.toString()).add("checkout", checkout.toString())
                .add("item_id", item.id()).add("guests", 2)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", email)
                        .add("terms_accepted", true))
                .build();
        return Pages.post(path("/bookings"), "application/json", body.toString(), "Authorization", "Bearer " + key,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private String path(String subPath) {
        return "/api/v3/organisations/" + org.id() + subPath;
    }

    private static JsonObject json(Answer answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
