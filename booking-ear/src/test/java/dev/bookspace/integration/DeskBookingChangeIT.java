package dev.bookspace.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.RefundRequest;
import dev.bookspace.testing.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An integration changes a paid card booking's dates or room through {@code POST …/bookings/{reference}/change}, days
 * before check-in and outside any free-cancellation window: priced again, a dearer stay's difference left due, a
 * cheaper one's refunded to the card; taken nights, the stay rules and a cancelled booking change nothing. The guest
 * is mailed, in their language, that the property changed their booking.
 */
@FullStack
@RunAsClient
class DeskBookingChangeIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item sea;
    private Item garden;
    private String key;
    private LocalDate today;
    private CardBookings.Paid booking;

    @BeforeEach
    void aPaidCardBookingOfTheSeaRoom() {
        org = fixtures.cardOrganisation("Harbour House");
        fixtures.stayRule(org, "max_nights", 5);
        sea = fixtures.item(org, "Sea Room", 12_000);
        garden = fixtures.item(org, "Garden Room", 9_000);
        fixtures.cancellationPolicy(org, "7:100,0:50");
        key = fixtures.apiKey(org);
        today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        booking = CardBookings.paid(fixtures, org, key, sea, today.plusDays(3), today.plusDays(5),
                "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    }

    @Test
    void aLongerStayIsPricedAgainAndItsDifferenceLeftDue() {
        Answer changed = change(null, today.plusDays(10), today.plusDays(13));

        assertThat(changed.status()).isEqualTo(200);
        JsonObject answer = json(changed);
        assertThat(answer.getString("check_in")).isEqualTo(today.plusDays(10).toString());
        assertThat(answer.getJsonObject("total").getInt("amount_minor")).isEqualTo(36_000);
        assertThat(answer.getJsonObject("balance_due").getInt("amount_minor")).isEqualTo(12_000);
        assertThat(answer.getJsonObject("refunded").getInt("amount_minor")).isZero();
        assertThat(fixtures.blockingRanges(org)).containsExactly(sea.id() + " [" + today.plusDays(10) + "," + today.plusDays(13) + ")");
        long bookingId = fixtures.bookingId(org, booking.reference());
        assertThat(fixtures.history(bookingId)).contains("API key Test integration: Changed the stay from Sea Room, "
                + today.plusDays(3) + " to " + today.plusDays(5) + " to Sea Room, " + today.plusDays(10) + " to "
                + today.plusDays(13) + "; the total from €240.00 to €360.00.");
        assertThat(fixtures.notices(bookingId)).contains("booking.changed");
    }

    @Test
    void theGuestIsToldInTheirLanguageThatThePropertyChangedTheirStay() throws InterruptedException {
        String guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        CardBookings.Paid french = CardBookings.paid(fixtures, org, key, sea, today.plusDays(20), today.plusDays(22), guest, "fr");

        assertThat(change(french, null, today.plusDays(20), today.plusDays(23)).status()).isEqualTo(200);

        assertThat(TestMail.awaitBody(guest, "Réservation modifiée chez Harbour House (" + french.reference() + ")"))
                .contains("Harbour House a modifié votre réservation. Elle portait sur Sea Room, " + today.plusDays(20)
                        + " to " + today.plusDays(22) + ", pour 240,00\u00a0€", "Reste à payer : 120,00\u00a0€.")
                .doesNotContain("se paie par carte");
        assertThat(TestMail.to(Fixtures.notificationAddress(org))).as("staff know already")
                .noneMatch(mail -> mail.subject().contains("changed by the guest"));
        assertThat(fixtures.notices(fixtures.bookingId(org, french.reference()))).contains("booking.changed");
    }

    @Test
    void aCheaperRoomRefundsTheDifferenceToTheCard() {
        Answer changed = change(garden.id(), today.plusDays(3), today.plusDays(5));

        assertThat(changed.status()).isEqualTo(200);
        JsonObject answer = json(changed);
        assertThat(answer.getJsonArray("items")).extracting(item -> item.asJsonObject().getString("item_title"))
                .containsExactly("Garden Room");
        assertThat(answer.getJsonObject("total").getInt("amount_minor")).isEqualTo(18_000);
        assertThat(answer.getJsonObject("refunded").getInt("amount_minor")).isEqualTo(6_000);
        assertThat(answer.getJsonObject("balance_due").getInt("amount_minor")).isZero();
        assertThat(StripeStandIn.refundsOf(booking.session()))
                .containsExactly(new RefundRequest(6_000, booking.reference() + "-refund-1"));
    }

    @Test
    void takenNightsTheStayRulesAndACancelledBookingChangeNothing() {
        fixtures.paidBooking(org, garden, today.plusDays(4), today.plusDays(6));

        Answer taken = change(garden.id(), today.plusDays(3), today.plusDays(5));
        Answer tooLong = change(null, today.plusDays(10), today.plusDays(20));
        Answer backwards = change(null, today.plusDays(5), today.plusDays(3));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(json(taken).getString("detail")).isEqualTo("Garden Room is already booked for some of those nights; "
                + "the booking is unchanged.");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(fixtures.bookingColumn(org, booking.reference(), "total_minor")).isEqualTo("24000");

        Pages.post(path("/bookings/" + booking.reference() + "/cancel"), "application/json", "", "Authorization", "Bearer " + key);
        Answer cancelled = change(null, today.plusDays(10), today.plusDays(12));
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(json(cancelled).getString("type")).endsWith("/booking-not-changeable");
    }

    private Answer change(Long itemId, LocalDate checkIn, LocalDate checkout) {
        return change(booking, itemId, checkIn, checkout);
    }

    private Answer change(CardBookings.Paid booking, Long itemId, LocalDate checkIn, LocalDate checkout) {
        var body = Json.createObjectBuilder().add("check_in", checkIn.toString()).add("checkout", checkout.toString());
        if (itemId != null) {
            body.add("item_id", itemId);
        }
        return Pages.post(path("/bookings/" + booking.reference() + "/change"), "application/json", body.build().toString(),
                "Authorization", "Bearer " + key);
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
