package dev.bookspace.integration;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.AtOnce;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A family books two rooms for the same nights in one booking over the API: each room priced as alone, one
 * total, one e-mail naming both, cancelled together; and all or nothing, however many guests fight for a room. Staff
 * then change it room by room: other nights for all, a room taken off and another added, each room keeping its own
 * add-ons; a room added that is taken changes nothing.
 */
@FullStack
@RunAsClient
class MultiRoomBookingsApiIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item sea;
    private Item garden;
    private long breakfast;
    private String key;

    @BeforeEach
    void aHouseWithTwoRoomsAndAKey() {
        org = fixtures.organisation("Harbour House");
        sea = fixtures.item(org, "Sea Room", 12_000);
        garden = fixtures.item(org, "Garden Room", 9_000);
        breakfast = fixtures.addOn(org, null, "Breakfast", 1_500, "per_guest", 1);
        key = fixtures.apiKey(org);
    }

    @Test
    void aFamilyBooksTwoRoomsAsOneBookingMailedInItsLanguageAndCancelledTogether() throws InterruptedException {
        String guest = "family-" + UUID.randomUUID() + "@example.org";
        JsonObject body = Json.createObjectBuilder(twoRooms(sea, garden, guest)).add("language", "de").build();

        Answer created = book(body);

        assertThat(created.status()).isEqualTo(201);
        JsonObject booking = json(created);
        assertThat(booking.getJsonArray("items")).extracting(item -> item.asJsonObject().getString("item_title")
                + " " + item.asJsonObject().getInt("guests") + " " + item.asJsonObject().getJsonObject("price").getInt("amount_minor"))
                .containsExactly("Sea Room 2 24000", "Garden Room 2 18000");
        // Sea Room 24,000 with breakfast for two 3,000; Garden Room 18,000: one total, paid once.
        assertThat(booking.getJsonObject("total").getInt("amount_minor")).isEqualTo(45_000);
        assertThat(booking.getInt("guests")).isEqualTo(4);
        assertThat(booking.getJsonArray("lines")).extracting(line -> line.asJsonObject().getString("label"))
                .anyMatch(label -> label.startsWith("Sea Room: Breakfast"))
                .anyMatch(label -> label.startsWith("Garden Room: 2 nights"));
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
        assertThat(fixtures.blockingRanges(org)).containsExactlyInAnyOrder(sea.id() + " [" + JAN_1 + "," + JAN_3 + ")",
                garden.id() + " [" + JAN_1 + "," + JAN_3 + ")");
        String mail = TestMail.awaitBody(guest, "Ihre Buchung bei Harbour House (");
        assertThat(mail).containsPattern("(?m)^Zimmer: +Sea Room\\r?$").containsPattern("(?m)^Zimmer: +Garden Room\\r?$")
                .contains("Gesamtbetrag: 450,00\u00a0€");

        String reference = booking.getString("reference");
        Answer cancelled = Pages.post(path("/bookings/" + reference + "/cancel"), "application/json", "",
                "Authorization", "Bearer " + key);
        assertThat(json(cancelled).getString("status")).isEqualTo("cancelled");
        assertThat(fixtures.blockingRanges(org)).isEmpty();
    }

    @Test
    void sixteenGuestsFightingForOneRoomOfTheirTwoRoomBookingsLeaveOneWinnerAndNothingOfTheLosers() throws Exception {
        // Each guest asks for a room of their own and the one loft; the loft comes second, so a loser's own room is
        // already inserted when the loft refuses them, and must go with the rest.
        List<Item> ownRooms = IntStream.range(0, 16).mapToObj(n -> fixtures.item(org, "Room " + n, 8_000)).toList();
        Item loft = fixtures.item(org, "Loft", 15_000);

        List<Answer> answers = AtOnce.run(16, n -> book(twoRooms(ownRooms.get(n), loft, "guest" + n + "@example.org")));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        List<Answer> losers = answers.stream().filter(answer -> answer.status() != 201).toList();
        assertThat(losers).hasSize(15).allSatisfy(lost -> {
            assertThat(lost.status()).isEqualTo(409);
            assertThat(lost.contentType()).startsWith("application/problem+json");
            assertThat(json(lost).getString("detail"))
                    .isEqualTo("Loft was just booked for some of those nights. Nothing was booked.");
        });
        int winner = IntStream.range(0, 16).filter(n -> answers.get(n).status() == 201).findFirst().orElseThrow();
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
        assertThat(fixtures.blockingRanges(org)).containsExactlyInAnyOrder(
                ownRooms.get(winner).id() + " [" + JAN_1 + "," + JAN_3 + ")", loft.id() + " [" + JAN_1 + "," + JAN_3 + ")");
    }

    @Test
    void aRoomAskedForTwiceOrBesideItemsIsRefusedAndNothingIsBooked() {
        JsonObject twice = twoRooms(sea, sea, "ada@example.org");
        JsonObject mixed = Json.createObjectBuilder(twoRooms(sea, garden, "ada@example.org")).add("item_id", sea.id()).build();
        JsonObject tooMany = Json.createObjectBuilder(twoRooms(sea, garden, "ada@example.org"))
                .add("items", Json.createArrayBuilder().add(room(sea, 2, false)).add(room(garden, 9, false))).build();

        assertThat(errors(book(twice))).containsExactly("items: Each room can be chosen once in a booking.");
        assertThat(errors(book(mixed))).containsExactly("item_id: item_id goes inside each entry of items in a booking "
                + "of several rooms; send one or the other.");
        assertThat(errors(book(tooMany))).containsExactly("guests: Garden Room takes 1 to 2 guests.");
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void staffMoveTheFamilyToOtherNightsWithEachRoomsAddOnsThenSwapARoomForAnother() throws InterruptedException {
        String guest = "family-" + UUID.randomUUID() + "@example.org";
        String reference = json(book(twoRooms(sea, garden, guest))).getString("reference");
        LocalDate checkIn = JAN_1.plusDays(10);
        LocalDate checkout = JAN_1.plusDays(13);

        JsonObject moved = json(change(reference, Json.createObjectBuilder()));

        // Sea Room 3 nights 36,000 and its breakfast for two 3,000; Garden Room 27,000.
        assertThat(moved.getJsonObject("total").getInt("amount_minor")).isEqualTo(66_000);
        assertThat(moved.getJsonArray("lines")).extracting(line -> line.asJsonObject().getString("label"))
                .anyMatch(label -> label.startsWith("Sea Room: Breakfast")).noneMatch(label -> label.startsWith("Garden Room: Breakfast"));
        assertThat(fixtures.blockingRanges(org)).containsExactlyInAnyOrder(sea.id() + " [" + checkIn + "," + checkout + ")",
                garden.id() + " [" + checkIn + "," + checkout + ")");
        assertThat(TestMail.awaitBody(guest, "Booking changed at Harbour House (" + reference + ")"))
                .contains("It was Sea Room + Garden Room, " + JAN_1 + " to " + JAN_3 + ", for €450.00");

        Item loft = fixtures.item(org, "Loft", 15_000);
        JsonObject swapped = json(change(reference, Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("item_id", sea.id()))
                .add(Json.createObjectBuilder().add("item_id", loft.id()).add("guests", 1)))));

        assertThat(swapped.getJsonArray("items")).extracting(item -> item.asJsonObject().getString("item_title")
                + " " + item.asJsonObject().getInt("guests")).containsExactly("Sea Room 2", "Loft 1");
        // Sea Room as before 39,000; Loft 3 nights 45,000.
        assertThat(swapped.getJsonObject("total").getInt("amount_minor")).isEqualTo(84_000);
        assertThat(swapped.getInt("guests")).isEqualTo(3);
        assertThat(fixtures.blockingRanges(org)).as("the Garden Room is free again").containsExactlyInAnyOrder(
                sea.id() + " [" + checkIn + "," + checkout + ")", loft.id() + " [" + checkIn + "," + checkout + ")");
        long bookingId = fixtures.bookingId(org, reference);
        assertThat(fixtures.history(bookingId)).contains("API key Test integration: Changed the stay from Sea Room + Garden Room, "
                + checkIn + " to " + checkout + " to Sea Room + Loft, " + checkIn + " to " + checkout
                + "; the total from €660.00 to €840.00.");
    }

    @Test
    void aRoomAddedThatIsTakenOrWithoutItsGuestsChangesNothing() {
        String reference = json(book(twoRooms(sea, garden, "ada@example.org"))).getString("reference");
        Item loft = fixtures.item(org, "Loft", 15_000);
        fixtures.paidBooking(org, loft, JAN_1.plusDays(11), JAN_1.plusDays(12));

        Answer taken = change(reference, Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("item_id", sea.id()))
                .add(Json.createObjectBuilder().add("item_id", loft.id()).add("guests", 2))));
        Answer noGuests = change(reference, Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("item_id", sea.id()))
                .add(Json.createObjectBuilder().add("item_id", fixtures.item(org, "Attic", 7_000).id()))));
        Answer oneRoomField = change(reference, Json.createObjectBuilder().add("item_id", loft.id()));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(json(taken).getString("detail")).isEqualTo("Loft is already booked for some of those nights; "
                + "the booking is unchanged.");
        assertThat(errors(noGuests)).containsExactly("guests: Say how many guests stay in each room added.");
        assertThat(errors(oneRoomField)).containsExactly("item_id: item_id moves a booking of one room; list the rooms of a "
                + "booking of several in items.");
        assertThat(fixtures.blockingRanges(org)).containsExactlyInAnyOrder(sea.id() + " [" + JAN_1 + "," + JAN_3 + ")",
                garden.id() + " [" + JAN_1 + "," + JAN_3 + ")", loft.id() + " [" + JAN_1.plusDays(11) + "," + JAN_1.plusDays(12) + ")");
        assertThat(fixtures.bookingColumn(org, reference, "total_minor")).isEqualTo("45000");
    }

    /** Staff change the booking for the nights {@code JAN_1 + 10} to {@code + 13}, as {@code fields} add. */
    private Answer change(String reference, JsonObjectBuilder fields) {
        return Pages.post(path("/bookings/" + reference + "/change"), "application/json", fields
                .add("check_in", JAN_1.plusDays(10).toString()).add("checkout", JAN_1.plusDays(13).toString()).build().toString(),
                "Authorization", "Bearer " + key);
    }

    private JsonObject twoRooms(Item first, Item second, String email) {
        return Json.createObjectBuilder().add("check_in", JAN_1.toString()).add("checkout", JAN_3.toString())
                .add("items", Json.createArrayBuilder().add(room(first, 2, first == sea)).add(room(second, 2, false)))
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", email)
                        .add("terms_accepted", true))
                .build();
    }

    private JsonObject room(Item item, int guests, boolean withBreakfast) {
        JsonArrayBuilder addOns = Json.createArrayBuilder();
        if (withBreakfast) {
            addOns.add(Json.createObjectBuilder().add("add_on_id", breakfast).add("quantity", 1));
        }
        return Json.createObjectBuilder().add("item_id", item.id()).add("guests", guests).add("add_ons", addOns).build();
    }

    private Answer book(JsonObject body) {
        return Pages.post(path("/bookings"), "application/json", body.toString(), "Authorization", "Bearer " + key,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A 400's field errors, as {@code field: message}. */
    private static List<String> errors(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return json(answer).getJsonArray("errors").stream().map(error -> error.asJsonObject().getString("field") + ": "
                + error.asJsonObject().getString("message")).toList();
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
