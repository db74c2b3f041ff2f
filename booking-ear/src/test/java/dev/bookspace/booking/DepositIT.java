package dev.bookspace.booking;

import static dev.bookspace.booking.CancellationPolicyIT.json;
import static dev.bookspace.booking.CancellationPolicyIT.minor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.Delivery;
import dev.bookspace.testing.StripeStandIn.RefundRequest;
import dev.bookspace.testing.TestMail;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An organisation that takes a 30 % deposit: Stripe charges the guest the deposit when booking, the balance's link
 * is mailed when it falls due (7 days before arrival, or at once for a booking made later), paying it through Stripe
 * makes the booking paid in full, and a cancellation refunds no more than was paid, each payment from its own
 * Stripe payment. Staff taking the balance at the desk: {@link DepositDeskIT}.
 */
@FullStack
@RunAsClient
class DepositIT {

    private static final Pattern BALANCE_LINK = Pattern.compile(Pattern.quote(Pages.BASE_URL) + "(/\\S+&pay=balance)");

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private String key;
    private LocalDate today;

    @BeforeEach
    void cardOrganisationTakingThirtyPercentAWeekBefore() {
        org = fixtures.cardOrganisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        fixtures.deposits(org, "30%", 7);
        fixtures.cancellationPolicy(org, "7:100,0:50");
        key = fixtures.apiKey(org);
        today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void theGuestPaysTheDepositThenTheBalanceFromTheMailedLink() throws InterruptedException {
        LocalDate checkIn = today.plusDays(20);
        assertThat(Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + checkIn + "&checkout="
                + checkIn.plusDays(2)).html().select("[data-role=deposit-rule]").text())
                .isEqualTo("A deposit of 30 % of the total is paid when booking; the balance is due 7 days before check-in.");
        String guest = guestAddress();
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, room, checkIn, checkIn.plusDays(2), guest);

        assertThat(StripeStandIn.checkoutSessionRequest(booking.session()))
                .as("30 % of €240.00").containsEntry("line_items[0][price_data][unit_amount]", "7200");
        JsonObject read = read(booking);
        assertThat(read.getString("status")).isEqualTo("paid");
        assertThat(minor(read, "amount_paid")).isEqualTo(7_200);
        assertThat(minor(read, "balance_due")).isEqualTo(16_800);
        assertThat(read.getString("balance_due_on")).isEqualTo(checkIn.minusDays(7).toString());
        String depositSentence = "Deposit €72.00 paid now, €168.00 due by " + checkIn.minusDays(7) + ".";
        assertThat(TestMail.awaitBody(guest, "Your booking")).contains(depositSentence);
        assertThat(Pages.get(booking.guestPage()).html().select("[data-role=deposit-sentence]").text()).contains(depositSentence);

        String balanceSession = payBalanceFromTheMail(booking, guest);

        assertThat(StripeStandIn.checkoutSessionRequest(balanceSession))
                .containsEntry("line_items[0][price_data][unit_amount]", "16800");
        assertThat(StripeStandIn.checkoutSessionIdempotencyKey(balanceSession)).isEqualTo(booking.reference() + "-balance-1");
        JsonObject paid = read(booking);
        assertThat(minor(paid, "amount_paid")).isEqualTo(24_000);
        assertThat(minor(paid, "balance_due")).isZero();
        assertThat(paid.containsKey("balance_due_on")).isFalse();
        assertThat(Pages.get(booking.guestPage()).html().select("[data-role=balance-due]").text()).isEqualTo("Nothing: paid in full");
    }

    @Test
    void aBookingMadeWithinTheWeekIsMailedTheBalanceLinkAtOnceAndOnce() throws InterruptedException {
        String guest = guestAddress();
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, room, today.plusDays(3), today.plusDays(5), guest);

        assertThat(read(booking).getString("balance_due_on")).isEqualTo(today.toString());
        assertThat(TestMail.awaitBody(guest, "Balance due")).contains("€168.00", booking.reference());
        Thread.sleep(2_500); // the balance job looks every second in the tests: it must find nothing more to send
        assertThat(TestMail.to(guest).stream().filter(mail -> mail.subject().startsWith("Balance due"))).hasSize(1);
    }

    @Test
    void cancellingRefundsTheDepositPaidNotTheTotal() {
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, room, today.plusDays(20), today.plusDays(22),
                guestAddress());

        assertThat(minor(read(booking), "cancellation_refund")).as("100 % of what was paid").isEqualTo(7_200);
        JsonObject cancelled = cancel(booking);

        assertThat(minor(cancelled, "refunded")).isEqualTo(7_200);
        assertThat(minor(cancelled, "balance_due")).as("nothing is due on a cancelled booking").isZero();
        assertThat(StripeStandIn.refundsOf(booking.session()))
                .containsExactly(new RefundRequest(7_200, booking.reference() + "-refund-1"));
    }

    @Test
    void cancellingAfterTheBalanceRefundsEachPaymentFromItsOwnStripePayment() throws InterruptedException {
        String guest = guestAddress();
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, room, today.plusDays(20), today.plusDays(22), guest);
        String balanceSession = payBalanceFromTheMail(booking, guest);

        JsonObject cancelled = cancel(booking);

        assertThat(minor(cancelled, "refunded")).isEqualTo(24_000);
        assertThat(StripeStandIn.refundsOf(balanceSession))
                .containsExactly(new RefundRequest(16_800, booking.reference() + "-refund-1"));
        assertThat(StripeStandIn.refundsOf(booking.session()))
                .containsExactly(new RefundRequest(7_200, booking.reference() + "-refund-2"));
    }

    /** The balance falls due, the guest follows the mailed link to Stripe's page and pays; answers its session. */
    private String payBalanceFromTheMail(CardBookings.Paid booking, String guest) throws InterruptedException {
        fixtures.balanceFallenDue(org, booking.reference());
        Matcher link = BALANCE_LINK.matcher(TestMail.awaitBody(guest, "Balance due"));
        assertThat(link.find()).as("a link to pay the balance").isTrue();
        String stripePage = Pages.redirectOf(link.group(1), null);
        assertThat(stripePage).as("the link opens Stripe's page").contains("/pay/cs_");
        String session = stripePage.replaceAll(".*/pay/", "");
        Delivery paid = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", session);
        assertThat(Pages.post("/api/v3/organisations/" + org.id() + "/stripe-webhooks", "application/json; charset=utf-8",
                paid.payload(), "Stripe-Signature", paid.signature()).status()).isEqualTo(200);
        return session;
    }

    private JsonObject read(CardBookings.Paid booking) {
        return json(Pages.api(bookingPath(booking), key));
    }

    private JsonObject cancel(CardBookings.Paid booking) {
        return json(Pages.post(bookingPath(booking) + "/cancel", "application/json", "", "Authorization", "Bearer " + key));
    }

    private String bookingPath(CardBookings.Paid booking) {
        return "/api/v3/organisations/" + org.id() + "/bookings/" + booking.reference();
    }

    private static String guestAddress() {
        return "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
