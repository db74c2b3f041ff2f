package dev.bookspace.payment;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.Delivery;
import dev.bookspace.testing.TestMail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stripe's webhooks over HTTP: only a good signature changes a booking, and each event changes it once. */
@FullStack
@RunAsClient
class StripeWebhooksIT {

    private static final String COMPLETED = "checkout.session.completed";
    private static final String EXPIRED = "checkout.session.expired";


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;

    @BeforeEach
    void cardOrganisationWithARoom() {
        org = fixtures.cardOrganisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @Test
    void theSameEventDeliveredThreeTimesPaysOnceAndSendsOneConfirmation() throws InterruptedException {
        String guest = newGuestAddress();
        String reference = fixtures.cardHold(org, room, JAN_1, JAN_3, "cs_test_once", guest);
        Delivery completed = StripeStandIn.event(StripeStandIn.newEventId(), COMPLETED, "cs_test_once");

        List<String> outcomes = List.of(deliver(completed).body(), deliver(completed).body(), deliver(completed).body());

        assertThat(outcomes).containsExactly("{\"outcome\":\"applied\",\"received\":true}",
                "{\"outcome\":\"replayed\",\"received\":true}", "{\"outcome\":\"replayed\",\"received\":true}");
        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("paid");
        assertThat(mailsTo(guest)).hasSize(1);
        assertThat(mailsTo(guest).get(0).subject()).isEqualTo("Your booking at Harbour House (" + reference + ")");
        assertThat(mailsTo(guest).get(0).body()).contains("Sea Room", "Paid by card.");
        assertThat(mailsTo(Fixtures.notificationAddress(org))).hasSize(1);
    }

    @Test
    void shuffledDeliveriesChangeEachBookingOnce() throws InterruptedException {
        String paying = newGuestAddress();
        String leaving = newGuestAddress();
        String paid = fixtures.cardHold(org, room, JAN_1, JAN_3, "cs_test_paying", paying);
        String expired = fixtures.cardHold(org, room, JAN_3, JAN_5, "cs_test_leaving", leaving);
        Delivery completion = StripeStandIn.event(StripeStandIn.newEventId(), COMPLETED, "cs_test_paying");
        Delivery expiry = StripeStandIn.event(StripeStandIn.newEventId(), EXPIRED, "cs_test_leaving");
        List<Delivery> deliveries = new ArrayList<>(List.of(completion, completion, completion, expiry, expiry, expiry));
        Collections.shuffle(deliveries, new Random(20261125));

        List<Integer> statuses = deliveries.stream().map(delivery -> deliver(delivery).status()).toList();

        assertThat(statuses).containsOnly(200);
        assertThat(fixtures.bookingColumn(org, paid, "status")).isEqualTo("paid");
        assertThat(fixtures.bookingColumn(org, expired, "status")).isEqualTo("expired");
        assertThat(fixtures.blockingRanges(org)).containsExactly(room.id() + " [" + JAN_1 + "," + JAN_3 + ")");
        assertThat(mailsTo(paying)).hasSize(1);
        assertThat(mailsTo(leaving)).isEmpty();
    }

    @Test
    void aPaymentForAHoldThatExpiredMeanwhileTakesTheRoomBackWhileItIsFree() throws InterruptedException {
        String guest = newGuestAddress();
        String reference = fixtures.cardHold(org, room, JAN_1, JAN_3, "cs_test_late", guest);

        deliver(StripeStandIn.event(StripeStandIn.newEventId(), EXPIRED, "cs_test_late"));
        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("expired");
        deliver(StripeStandIn.event(StripeStandIn.newEventId(), COMPLETED, "cs_test_late"));

        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("paid");
        assertThat(fixtures.blockingRanges(org)).hasSize(1);
        assertThat(mailsTo(guest)).hasSize(1);
    }

    @Test
    void aSessionCompletedWithItsBankDebitStillClearingIsNotPaidUntilTheMoneyArrives() throws InterruptedException {
        String guest = newGuestAddress();
        String reference = fixtures.cardHold(org, room, JAN_1, JAN_3, "cs_test_sepa", guest);

        deliver(StripeStandIn.event(StripeStandIn.newEventId(), COMPLETED, "cs_test_sepa", "unpaid"));

        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("unpaid");
        assertThat(fixtures.bookingColumn(org, reference, "hold_expires_at")).as("the room is kept while it clears").isNull();
        assertThat(fixtures.blockingRanges(org)).containsExactly(room.id() + " [" + JAN_1 + "," + JAN_3 + ")");
        assertThat(mailsTo(guest)).isEmpty();

        deliver(StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.async_payment_succeeded", "cs_test_sepa"));

        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("paid");
        assertThat(mailsTo(guest)).hasSize(1);
    }

    @Test
    void aBankDebitThatFailsFreesTheRoom() throws InterruptedException {
        String guest = newGuestAddress();
        String reference = fixtures.cardHold(org, room, JAN_1, JAN_3, "cs_test_bounced", guest);

        deliver(StripeStandIn.event(StripeStandIn.newEventId(), COMPLETED, "cs_test_bounced", "unpaid"));
        deliver(StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.async_payment_failed", "cs_test_bounced"));

        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("expired");
        assertThat(fixtures.blockingRanges(org)).isEmpty();
        assertThat(fixtures.history(fixtures.bookingId(org, reference))).last().asString()
                .isEqualTo("Stripe: The payment failed at the bank; the room is free again.");
        assertThat(mailsTo(guest)).isEmpty();
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        String reference = fixtures.cardHold(org, room, JAN_1, JAN_3, "cs_test_forged", newGuestAddress());

        Answer answer = deliver(StripeStandIn.event(StripeStandIn.newEventId(), COMPLETED, "cs_test_forged",
                Instant.now(), "whsec_someone_else"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("The signature does not match this endpoint's secret, or is more than five minutes old.");
        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("unpaid");
    }

    @Test
    void refusesASignatureOlderThanFiveMinutes() {
        String reference = fixtures.cardHold(org, room, JAN_1, JAN_3, "cs_test_stale", newGuestAddress());

        Answer answer = deliver(StripeStandIn.event(StripeStandIn.newEventId(), COMPLETED, "cs_test_stale",
                Instant.now().minus(Duration.ofMinutes(6)), StripeStandIn.WEBHOOK_SECRET));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("unpaid");
    }

    @Test
    void refusesAMissingSignatureAndAnOrganisationWithoutStripe() {
        Delivery completed = StripeStandIn.event(StripeStandIn.newEventId(), COMPLETED, "cs_test_none");

        assertThat(Pages.post(webhookPath(org), "application/json", completed.payload()).status()).isEqualTo(400);
        assertThat(Pages.post(webhookPath(fixtures.organisation("Cash Only")), "application/json", completed.payload(),
                "Stripe-Signature", completed.signature()).status()).isEqualTo(404);
    }

    private Answer deliver(Delivery delivery) {
        return Pages.post(webhookPath(org), "application/json; charset=utf-8", delivery.payload(),
                "Stripe-Signature", delivery.signature());
    }

    private static String webhookPath(Organisation org) {
        return "/api/v3/organisations/" + org.id() + "/stripe-webhooks";
    }

    private static String newGuestAddress() {
        return "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /**
     * Mail leaves after the commit, off the request thread: wait for it, then long enough to see any twin.
     * A mail is queued in the transaction that decided it, so while none has come the wait goes on only as
     * long as the outbox holds one for the address, and at least 2.5 s, in which the jobs that look every
     * second in the tests (the balance job) had their turn; a queued mail is waited for up to 10 s, as before.
     */
    private List<TestMail.Mail> mailsTo(String address) throws InterruptedException {
        for (int waited = 0; waited < 100 && TestMail.to(address).isEmpty() && (waited < 25 || mailPendingTo(address)); waited++) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        return TestMail.to(address);
    }

    private boolean mailPendingTo(String address) {
        return fixtures.outboxMails(address).stream().anyMatch(mail -> mail.startsWith("pending"));
    }
}
