package dev.bookspace.booking;

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
import dev.bookspace.testing.StripeStandIn.RefundRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A guest cancels a paid card booking on their own page, in headless Chromium: they read the policy their
 * booking was made under (the owner has changed it since) and what cancelling today gives back, confirm, and
 * Stripe is asked for exactly that; both they and the organisation are mailed. Staff cancelling the same kind of booking are offered the policy's
 * refund and may override it.
 */
@FullStack
@RunAsClient
class GuestCancellationBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private static final String SETTINGS = "/dashboard/owner/settings.xhtml";

    private Organisation org;
    private Item room;
    private LocalDate checkIn;
    private String guest;
    private CardBookings.Paid booking;

    @BeforeEach
    void aPaidCardBookingThreeDaysAheadUnderFreeUntilAWeekThenHalf() {
        org = fixtures.cardOrganisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        fixtures.cancellationPolicy(org, "7:100,0:50");
        guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(3);
        booking = CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn, checkIn.plusDays(2), guest);
    }

    @Test
    void aGuestSeesTheRefundOfTheirBookingsPolicyBeforeConfirmingAndStripeRefundsExactlyThat() throws InterruptedException {
        // The owner changes the policy after the booking: free until 30 days before, nothing later.
        try (Browser owner = Browser.open().visit(SETTINGS)) {
            owner.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            owner.waitUntil(page -> page.currentPath().startsWith(SETTINGS));
            owner.type("cancellation-days-1", "30");
            owner.type("cancellation-days-2", "");
            owner.type("cancellation-percent-2", "");
            owner.click("[data-role=save-settings]");
            owner.waitUntil(page -> page.text("[data-role=settings-messages]").equals("Settings saved."));
        }
        assertThat(Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + checkIn.plusDays(40)
                + "&checkout=" + checkIn.plusDays(42)).html().select("[data-role=cancellation-policy-line]").eachText())
                .as("new bookings take the new policy")
                .containsExactly("Cancel 30 days or more before check-in: full refund.", "Cancel later: no refund.");

        try (Browser browser = Browser.open().visit(booking.guestPage())) {
            assertThat(browser.texts("[data-role=cancellation-policy-line]")).containsExactly(
                    "Cancel 7 days or more before check-in: full refund.",
                    "Cancel later, up to the day of check-in: 50 % refunded.");
            assertThat(browser.text("[data-role=cancellation-refund]"))
                    .isEqualTo("If you cancel today: €120.00 is refunded to your card.");

            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("cancel-confirmation").isDisplayed());
            assertThat(browser.text("[data-role=cancel-confirmation]")).contains("€120.00 is refunded to your card.");
            browser.click("[data-role=keep-booking]");
            browser.waitUntil(page -> page.texts("[data-role=cancel-confirmation]").isEmpty());
            assertThat(browser.text("[data-role=booking-status]")).isEqualTo("Paid");
            assertThat(StripeStandIn.refundsOf(booking.session())).isEmpty();

            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("confirm-cancel").isDisplayed());
            browser.click("[data-role=confirm-cancel]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Cancelled"));
            assertThat(browser.text("[data-role=refunded]")).isEqualTo("Refunded to your card: €120.00");
            assertThat(browser.texts("[data-role=cancel-booking]")).isEmpty();
        }
        assertThat(StripeStandIn.refundsOf(booking.session()))
                .containsExactly(new RefundRequest(12_000, booking.reference() + "-refund-1"));
        assertThat(fixtures.bookingColumn(org, booking.reference(), "status")).isEqualTo("cancelled");
        assertThat(fixtures.blockingRanges(org)).isEmpty();
        assertThat(TestMail.awaitBody(guest, "Booking cancelled at Harbour House"))
                .contains("your booking with Harbour House is cancelled", "€120.00 is refunded to your card");
        assertThat(TestMail.awaitBody(Fixtures.notificationAddress(org), "Booking " + booking.reference() + " cancelled by the guest"))
                .contains("Ada Lovelace cancelled their booking of Sea Room", "Refunded through Stripe: €120.00");
        assertThat(fixtures.auditLog(org)).last().asString()
                .startsWith("booking.cancelled by guest Guest of booking " + booking.reference());
        long bookingId = fixtures.bookingId(org, booking.reference());
        assertThat(fixtures.history(bookingId)).contains("Ada Lovelace: Cancelled; the room is free again for those nights.");
        assertThat(fixtures.notices(bookingId)).as("sent to webhooks").last().isEqualTo("booking.cancelled");
    }

    @Test
    void staffAreOfferedThePolicysRefundAndMayOverrideIt() {
        try (Browser browser = Browser.open().visit("/dashboard/booking.xhtml?ref=" + booking.reference())) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=booking-reference]").equals(booking.reference()));
            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("refund-amount").isDisplayed());
            assertThat(browser.text("[data-role=policy-refund]")).startsWith("Cancelled today, it refunds €120.00");
            assertThat(browser.find("refund-amount").getAttribute("value")).isEqualTo("120.00");

            browser.type("refund-amount", "200.00");
            browser.click("[data-role=confirm-cancel]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Cancelled"));
        }
        assertThat(StripeStandIn.refundsOf(booking.session()))
                .containsExactly(new RefundRequest(20_000, booking.reference() + "-refund-1"));
    }
}
