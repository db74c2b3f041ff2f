package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.RefundRequest;
import dev.bookspace.testing.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An organisation's cancellation policy ("free until 7 days before check-in, then half") is shown before
 * booking and in the confirmation, each booking keeps its own copy, and the API's cancel refunds by that copy
 * through Stripe and answers the refund. (That the copy outlives a change of the policy is shown where the owner
 * changes it on Settings: {@link GuestCancellationBrowserIT}; the server caches organisations, so a change made
 * behind its back in SQL would prove nothing.)
 */
@FullStack
@RunAsClient
class CancellationPolicyIT {

    private static final List<String> WEEK_THEN_HALF = List.of(
            "Cancel 7 days or more before check-in: full refund.",
            "Cancel later, up to the day of check-in: 50 % refunded.");

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private String key;
    /** Three days from the organisation's today (fixtures' organisations are in Lisbon): within the 50 % step. */
    private LocalDate checkIn;

    @BeforeEach
    void cardOrganisationFreeUntilAWeekBeforeThenHalf() {
        org = fixtures.cardOrganisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        fixtures.cancellationPolicy(org, "7:100,0:50");
        key = fixtures.apiKey(org);
        checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(3);
    }

    @Test
    void theRoomPageAndTheConfirmationSayThePolicyBeforeAndAfterBooking() throws InterruptedException {
        Pages.Page roomPage = Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + checkIn
                + "&checkout=" + checkIn.plusDays(2) + "&guests=2");
        assertThat(roomPage.html().select("[data-role=cancellation-policy-line]").eachText()).isEqualTo(WEEK_THEN_HALF);

        String guest = guestAddress();
        CardBookings.paid(fixtures, org, key, room, checkIn, checkIn.plusDays(2), guest);

        assertThat(TestMail.awaitBody(guest, "Your booking")).contains("Cancellation policy:\n  " + String.join("\n  ", WEEK_THEN_HALF)
                + "\nYou can cancel on your booking's page.");
    }

    @Test
    void theApiCancelRefundsByTheBookingsPolicyThroughStripeAnswersTheRefundAndTellsTheGuest() throws InterruptedException {
        String guest = guestAddress();
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, room, checkIn, checkIn.plusDays(2), guest);

        JsonObject read = json(Pages.api(bookingPath(booking), key));
        assertThat(read.getJsonArray("cancellation_policy").getValuesAs(JsonString::getString)).isEqualTo(WEEK_THEN_HALF);
        assertThat(minor(read, "cancellation_refund")).as("what cancelling now would refund").isEqualTo(12_000);
        JsonObject cancelled = json(Pages.post(bookingPath(booking) + "/cancel", "application/json", "",
                "Authorization", "Bearer " + key));
        assertThat(cancelled.getString("status")).isEqualTo("cancelled");
        assertThat(minor(cancelled, "refunded")).as("half of €240.00, by the copy").isEqualTo(12_000);
        assertThat(minor(cancelled, "refundable")).isEqualTo(12_000);
        assertThat(StripeStandIn.refundsOf(booking.session()))
                .containsExactly(new RefundRequest(12_000, booking.reference() + "-refund-1"));
        assertThat(fixtures.auditLog(org)).last().asString().startsWith("booking.cancelled by api_key Test integration on "
                + booking.reference());
        assertThat(TestMail.awaitBody(guest, "Booking cancelled at Harbour House (" + booking.reference() + ")"))
                .contains("Harbour House has cancelled your booking.", "€120.00 is refunded to your card;");
    }

    @Test
    void aNonRefundableBookingIsCancelledThroughTheApiWithoutARefund() {
        fixtures.cancellationPolicy(org, "non-refundable");
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, room, checkIn.plusDays(30), checkIn.plusDays(32),
                guestAddress());

        JsonObject cancelled = json(Pages.post(bookingPath(booking) + "/cancel", "application/json", "",
                "Authorization", "Bearer " + key));

        assertThat(minor(cancelled, "refunded")).isZero();
        assertThat(cancelled.getJsonArray("cancellation_policy").getValuesAs(JsonString::getString))
                .containsExactly("Non-refundable: nothing is refunded if you cancel.");
        assertThat(StripeStandIn.refundsOf(booking.session())).isEmpty();
    }

    private String bookingPath(CardBookings.Paid booking) {
        return "/api/v3/organisations/" + org.id() + "/bookings/" + booking.reference();
    }

    private String guestAddress() {
        return "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static long minor(JsonObject booking, String field) {
        return booking.getJsonObject(field).getJsonNumber("amount_minor").longValue();
    }

    static JsonObject json(Pages.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
