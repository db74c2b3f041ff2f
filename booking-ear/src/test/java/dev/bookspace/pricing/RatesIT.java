package dev.bookspace.pricing;

import static dev.bookspace.testing.Stays.JAN_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.Delivery;
import dev.bookspace.testing.StripeStandIn.RefundRequest;
import dev.bookspace.testing.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stay from a Wednesday to the Monday after, across the end of the low season and the start of the
 * high season and over its weekend, priced the same on the room page, by the API's quote, in the
 * booking, in Stripe's charge, in the e-mail and on the guest's page; and a later price change changes
 * none of the booking's: its page, its API answer, what its cancellation refunds through Stripe and the mail that
 * says so.
 */
@FullStack
@RunAsClient
class RatesIT {

    /** The lines of the stay below, as every place shows them. */
    private static final List<String> LINES = List.of(
            "2 nights × €90.00 (Low season): €180.00",
            "2 nights × €180.00 (High season, Weekend): €360.00",
            "1 night × €120.00 (High season): €120.00",
            "Cleaning: €30.00",
            "City tax (2 guests × 5 nights × €2.50): €25.00",
            "VAT 10 % (included): €62.73");
    private static final long TOTAL = 18_000 + 36_000 + 12_000 + 3_000 + 2_500;


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private long lowSeason;
    private String key;
    private LocalDate wednesday;

    @BeforeEach
    void cardOrganisationWithSeasonsAWeekendRateTaxesAndAFee() {
        org = fixtures.cardOrganisation("Harbour House");
        room = fixtures.item(org, "Sea Room", 10_000);
        LocalDate thursday = JAN_1.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        wednesday = thursday.minusDays(1);
        lowSeason = fixtures.season(org, "Low season", thursday.minusDays(20), thursday, null);
        fixtures.seasonPrice(org, lowSeason, room, 9_000);
        fixtures.season(org, "High season", thursday.plusDays(1), thursday.plusDays(60), BigDecimal.valueOf(20));
        fixtures.weekdayPrice(org, "Weekend", room, 15_000, 5, 6);
        fixtures.charge(org, "Cleaning", "per_booking", 3_000L, null);
        fixtures.charge(org, "City tax", "per_guest_night", 250L, null);
        fixtures.charge(org, "VAT", "percent_included", null, BigDecimal.TEN);
        key = fixtures.apiKey(org);
    }

    @Test
    void aStayAcrossTwoSeasonsAndAWeekendIsPricedAlikeEverywhereAndKeepsItsPriceWhenRatesChange() throws InterruptedException {
        fixtures.cancellationPolicy(org, "7:100,0:50");
        Pages.Page roomPage = Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + wednesday
                + "&checkout=" + wednesday.plusDays(5) + "&guests=2");
        assertThat(pageLines(roomPage)).containsExactlyElementsOf(LINES);
        assertThat(roomPage.text("total")).isEqualTo("€715.00");
        assertThat(apiLines(json(api("/quotes", stay().toString())))).containsExactlyElementsOf(LINES);

        JsonObject booked = json(api("/bookings", Json.createObjectBuilder(stay()).add("guest", Json.createObjectBuilder()
                .add("name", "Ada Lovelace").add("email", guestAddress()).add("phone", "+351 912 345 678")
                .add("terms_accepted", true)).build().toString()));
        assertThat(apiLines(booked)).containsExactlyElementsOf(LINES);
        assertThat(booked.getJsonObject("total").getJsonNumber("amount_minor").longValue()).isEqualTo(TOTAL);
        String session = booked.getString("checkout_url").replaceAll(".*/pay/", "");
        assertThat(StripeStandIn.checkoutSessionRequest(session)).containsEntry("line_items[0][price_data][unit_amount]",
                String.valueOf(TOTAL));
        Delivery paid = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", session);
        assertThat(Pages.post("/api/v3/organisations/" + org.id() + "/stripe-webhooks", "application/json; charset=utf-8",
                paid.payload(), "Stripe-Signature", paid.signature()).status()).isEqualTo(200);
        String mail = mailTo(guestAddress());
        assertThat(mail).contains(LINES.stream().map(line -> "  " + line).toList()).contains("Total: €715.00");
        String guestPage = guestPagePath(mail);
        String reference = booked.getString("reference");

        fixtures.changeSeasonPrice(lowSeason, room, 20_000);

        assertThat(apiLines(json(api("/quotes", stay().toString()))))
                .as("new quotes take the new price").startsWith("2 nights × €200.00 (Low season): €400.00");
        assertThat(pageLines(Pages.get(guestPage))).containsExactlyElementsOf(LINES);
        assertThat(Pages.get(guestPage).text("total")).isEqualTo("€715.00");
        JsonObject read = json(Pages.api("/api/v3/organisations/" + org.id() + "/bookings/" + reference, key));
        assertThat(apiLines(read)).containsExactlyElementsOf(LINES);
        assertThat(read.getJsonObject("refundable").getJsonNumber("amount_minor").longValue()).isEqualTo(TOTAL);
        JsonObject cancelled = json(Pages.post("/api/v3/organisations/" + org.id() + "/bookings/" + reference + "/cancel",
                "application/json", "", "Authorization", "Bearer " + key));
        assertThat(cancelled.getJsonObject("total").getJsonNumber("amount_minor").longValue()).isEqualTo(TOTAL);
        assertThat(cancelled.getJsonObject("refunded").getJsonNumber("amount_minor").longValue())
                .as("refunded in full by its policy, at the booking's own total").isEqualTo(TOTAL);
        assertThat(StripeStandIn.refundsOf(session)).containsExactly(new RefundRequest(TOTAL, reference + "-refund-1"));
        assertThat(TestMail.awaitBody(guestAddress(), "Booking cancelled at Harbour House (" + reference + ")"))
                .as("the mail sent after the rates changed").contains(LINES.stream().map(line -> "  " + line).toList())
                .contains("Total: €715.00", "€715.00 is refunded to your card");
    }

    @Test
    void theRoomsPageShowsTheLowestNightAndTheStaysPriceUnderTheRates() {
        Pages.Page rooms = Pages.get(Pages.roomsPath(org, wednesday, wednesday.plusDays(5)));

        assertThat(rooms.text("nightly-price")).isEqualTo("from €90.00");
        assertThat(rooms.text("stay-total")).isEqualTo("€660.00");
    }

    private JsonObject stay() {
        return Json.createObjectBuilder().add("item_id", room.id()).add("check_in", wednesday.toString())
                .add("checkout", wednesday.plusDays(5).toString()).add("guests", 2).add("add_ons", Json.createArrayBuilder())
                .build();
    }

    private String guestAddress() {
        return "ada-" + org.identifier() + "@example.org";
    }

    private Answer api(String subPath, String body) {
        return Pages.post("/api/v3/organisations/" + org.id() + subPath, "application/json", body, "Authorization",
                "Bearer " + key, "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static List<String> pageLines(Pages.Page page) {
        return page.html().select("[data-role=price-line]").stream()
                .map(line -> line.child(0).text() + ": " + line.child(1).text()).toList();
    }

    private static List<String> apiLines(JsonObject answer) {
        return answer.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(line -> line.getString("label") + ": " + euros(line.getJsonObject("amount").getJsonNumber("amount_minor").longValue()))
                .toList();
    }

    private static String euros(long minor) {
        return "€" + BigDecimal.valueOf(minor, 2).toPlainString();
    }

    private static JsonObject json(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private static String mailTo(String address) throws InterruptedException {
        for (int waited = 0; waited < 100 && TestMail.to(address).isEmpty(); waited++) {
            Thread.sleep(100);
        }
        assertThat(TestMail.to(address)).hasSize(1);
        return TestMail.to(address).get(0).body().replace("\r\n", "\n");
    }

    private static String guestPagePath(String mail) {
        Matcher link = Pattern.compile(Pattern.quote(Pages.BASE_URL) + "(/\\S+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        return link.group(1);
    }
}
