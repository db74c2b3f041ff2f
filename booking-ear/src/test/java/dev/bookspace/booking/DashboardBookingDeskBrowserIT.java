package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.TestMail;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.Delivery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A booking's page in the dashboard: what staff see of it, and each action they take on it. */
@FullStack
@RunAsClient
class DashboardBookingDeskBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void staffMarkAPayOnArrivalBookingPaidAfterConfirmingAndItsHistorySaysWho() {
        Organisation org = fixtures.organisation("Harbour House");
        long booking = fixtures.booking(org, fixtures.item(org, "Sea Room"), "unpaid", JAN_1, JAN_3, null);
        fixtures.priceAt(booking, 24_000);
        String reference = fixtures.reference(booking);

        try (Browser browser = signedIn(org, "/dashboard/bookings.xhtml")) {
            browser.waitUntil(page -> !page.texts("[data-role=booking-row]").isEmpty());
            browser.click("a[data-role=booking-row]");
            browser.waitUntil(page -> page.text("[data-role=booking-reference]").equals(reference));
            assertThat(browser.text("[data-role=booking-status]")).isEqualTo("Pay on arrival");
            assertThat(browser.text("[data-role=booking-room]")).contains("Sea Room", JAN_1.toString(), "€240.00");

            browser.click("[data-role=mark-paid]");
            browser.waitUntil(page -> page.find("confirm-yes").isDisplayed());
            browser.click("[data-role=confirm-yes]");

            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Paid"));
            assertThat(browser.texts("[data-role=booking-payment]")).singleElement().asString().contains("Payment", "€240.00");
            assertThat(browser.texts("[data-role=history-event]")).last().asString()
                    .contains("Grace Hopper: Marked paid: €240.00 taken on arrival.");
            assertThat(browser.texts("[data-role=mark-paid]")).isEmpty();
        }
        assertThat(fixtures.bookingStatuses(org)).containsExactly("paid");
    }

    @Test
    void cancellingACardBookingWithAPartialRefundFreesTheRoomRefundsThatMuchThroughStripeAndTellsTheGuest()
            throws InterruptedException {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        String guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference = fixtures.cardHold(org, room, JAN_1, JAN_3, "cs_test_refunded", guest);
        fixtures.priceAt(fixtures.bookingId(org, reference), 24_000);
        payThroughStripe(org, "cs_test_refunded");
        assertThat(fixtures.bookingColumn(org, reference, "status")).isEqualTo("paid");

        try (Browser browser = signedIn(org, "/dashboard/booking.xhtml?ref=" + reference)) {
            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("refund-amount").isDisplayed());
            assertThat(browser.find("refund-amount").getAttribute("value")).isEqualTo("240.00");

            browser.type("refund-amount", "300.00");
            browser.click("[data-role=confirm-cancel]");
            browser.waitUntil(page -> page.text("[data-role=refund-error]").equals("Refund more than nothing and at most €240.00."));
            assertThat(browser.text("[data-role=booking-status]")).isEqualTo("Paid");

            browser.type("refund-amount", "90.00");
            browser.click("[data-role=confirm-cancel]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Cancelled"));
            assertThat(browser.texts("[data-role=booking-payment]")).hasSize(2).last().asString().contains("Refund", "€90.00", "re_");
            assertThat(browser.texts("[data-role=history-event]")).anySatisfy(event -> assertThat(event)
                    .contains("Grace Hopper: Cancelled; the room is free again"))
                    .anySatisfy(event -> assertThat(event).contains("Grace Hopper: Refunded €90.00 through Stripe"));
        }
        List<Map<String, String>> refunds = StripeStandIn.refundRequests().stream()
                .filter(refund -> refund.get("payment_intent").equals("pi_for_cs_test_refunded")).toList();
        assertThat(refunds).singleElement().satisfies(refund -> assertThat(refund).containsEntry("amount", "9000"));
        assertThat(fixtures.blockingRanges(org)).isEmpty();
        assertThat(TestMail.awaitBody(guest, "Booking cancelled at Harbour House (" + reference + ")"))
                .contains("Harbour House has cancelled your booking.", "€90.00 is refunded to your card;");
    }

    @Test
    void cancellingAnUnpaidCardHoldClosesItsStripeCheckoutPage() {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        String reference = fixtures.cardHold(org, fixtures.item(org, "Sea Room"), JAN_1, JAN_3, "cs_test_abandoned", "ada@example.org");

        try (Browser browser = signedIn(org, "/dashboard/booking.xhtml?ref=" + reference)) {
            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("confirm-cancel").isDisplayed());
            assertThat(browser.texts("[data-role=refund-amount]")).isEmpty();
            browser.click("[data-role=confirm-cancel]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Cancelled"));
        }
        assertThat(StripeStandIn.expired("cs_test_abandoned")).isTrue();
        assertThat(fixtures.blockingRanges(org)).isEmpty();
    }

    @Test
    void guestDetailsAreValidatedInlineAndOnlyAValidChangeIsSaved() {
        Organisation org = fixtures.organisation("Harbour House");
        String reference = fixtures.reference(fixtures.paidBooking(org, fixtures.item(org, "Sea Room"), JAN_1, JAN_3));

        try (Browser browser = signedIn(org, "/dashboard/booking.xhtml?ref=" + reference)) {
            browser.type("guest-email", "ada at example");
            browser.waitUntil(page -> page.text("[data-role=email-error]").equals("Please enter an e-mail address such as ada@example.org."));
            browser.click("[data-role=save-guest]");
            browser.waitUntil(page -> page.text("[data-role=email-error]").contains("such as ada@example.org"));
            assertThat(fixtures.bookingColumn(org, reference, "guest_email")).isEqualTo("ada@example.org");

            browser.type("guest-email", "ada.lovelace@example.org");
            browser.type("guest-phone", "+351 912 345 678");
            browser.click("[data-role=save-guest]");
            browser.waitUntil(page -> page.text("[data-role=booking-messages]").contains("Guest details saved."));
            assertThat(browser.texts("[data-role=history-event]")).last().asString()
                    .contains("Grace Hopper: Changed the guest's e-mail address, phone.");
        }
        assertThat(fixtures.bookingColumn(org, reference, "guest_email")).isEqualTo("ada.lovelace@example.org");
    }

    @Test
    void aPaidStayThatHasBegunIsMarkedCompleteButAFutureOneCannotBe() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String begun = fixtures.reference(fixtures.paidBooking(org, room, yesterday.minusDays(2), yesterday));
        String future = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));

        try (Browser browser = signedIn(org, "/dashboard/booking.xhtml?ref=" + future)) {
            assertThat(browser.texts("[data-role=mark-complete]")).isEmpty();

            browser.visit("/dashboard/booking.xhtml?ref=" + begun);
            browser.click("[data-role=mark-complete]");
            browser.waitUntil(page -> page.find("confirm-yes").isDisplayed());
            browser.click("[data-role=confirm-yes]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Completed"));
            assertThat(browser.texts("[data-role=cancel-booking]")).isEmpty();
        }
    }

    @Test
    void aCancellationRefusedBecauseAnIntegrationCancelledFirstIsSaidInTheStaffMembersLanguage() {
        Organisation org = fixtures.organisation("Harbour House");
        String reference = fixtures.reference(fixtures.paidBooking(org, fixtures.item(org, "Sea Room"), JAN_1, JAN_3));
        String path = "/dashboard/booking.xhtml?ref=" + reference;
        try (Browser browser = Browser.speaking("de-DE,de").visit(path)) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentUrl().endsWith(path));
            Pages.post("/api/v3/organisations/" + org.id() + "/bookings/" + reference + "/cancel", "application/json", "",
                    "Authorization", "Bearer " + fixtures.apiKey(org));

            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("confirm-cancel").isDisplayed());
            browser.click("[data-role=confirm-cancel]");

            browser.waitUntil(page -> page.text("[data-role=booking-messages]")
                    .contains("Eine stornierte Buchung kann nicht storniert werden."));
        }
    }

    @Test
    void anotherOrganisationsBookingAnswers404() {
        Organisation org = fixtures.organisation("Harbour House");
        Organisation other = fixtures.organisation("Elsewhere");
        String theirs = fixtures.reference(fixtures.paidBooking(other, fixtures.item(other, "Their Loft"), JAN_1, JAN_3));

        try (Browser browser = signedIn(org, "/dashboard/bookings.xhtml")) {
            String session = browser.cookie("JSESSIONID").getValue();
            assertThat(Pages.fetch("/dashboard/booking.xhtml?ref=" + theirs, session).status()).isEqualTo(404);
            assertThat(Pages.fetch("/dashboard/booking.xhtml?ref=no-such-booking", session).status()).isEqualTo(404);
            assertThat(Pages.fetch("/dashboard/booking.xhtml", session).status()).isEqualTo(404);
        }
    }

    @Test
    void staffTakeADepositBookingsBalanceAtTheDeskFromBalancesDue() {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.deposits(org, "30%", 7);
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);
        String reference = CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn, checkIn.plusDays(2),
                "ada@example.org").reference();

        try (Browser browser = signedIn(org, "/dashboard/balances.xhtml")) {
            assertThat(browser.texts("[data-role=balance-due-row]")).singleElement().asString()
                    .contains(checkIn.minusDays(7).toString(), reference, "Sea Room", "€72.00", "€168.00", "Not yet");
            browser.click("[data-role=balance-due-row] a");
            browser.waitUntil(page -> page.text("[data-role=booking-reference]").equals(reference));
            assertThat(browser.text("[data-role=amount-paid]")).isEqualTo("€72.00");
            assertThat(browser.text("[data-role=balance-due]")).isEqualTo("€168.00 by " + checkIn.minusDays(7));

            browser.click("[data-role=mark-balance-paid]");
            browser.waitUntil(page -> page.find("confirm-yes").isDisplayed());
            browser.click("[data-role=confirm-yes]");

            browser.waitUntil(page -> page.text("[data-role=balance-due]").equals("Nothing: paid in full"));
            assertThat(browser.text("[data-role=amount-paid]")).isEqualTo("€240.00");
            assertThat(browser.texts("[data-role=history-event]")).last().asString()
                    .contains("Marked the balance paid: €168.00 taken at the desk; paid in full.");
            assertThat(browser.texts("[data-role=mark-balance-paid]")).isEmpty();
        }
    }

    private Browser signedIn(Organisation org, String path) {
        Browser browser = Browser.open().visit(path);
        browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentUrl().endsWith(path));
        return browser;
    }

    private static void payThroughStripe(Organisation org, String sessionId) {
        Delivery completed = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", sessionId);
        assertThat(Pages.post("/api/v3/organisations/" + org.id() + "/stripe-webhooks", "application/json; charset=utf-8",
                completed.payload(), "Stripe-Signature", completed.signature()).status()).isEqualTo(200);
    }
}
