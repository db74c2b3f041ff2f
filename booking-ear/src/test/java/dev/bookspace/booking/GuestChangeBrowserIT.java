package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A guest changes their paid card booking's dates or room on their own page, in headless Chromium, while cancelling
 * it would still be free: they see the new price and what the difference means before confirming; a dearer stay
 * sends them to Stripe's page for the difference, a cheaper one is refunded; nights already taken, or a booking past
 * its free cancellation, change nothing. A German guest reads the rooms by the titles staff gave them in German. A
 * family moves its two rooms to other nights together.
 */
@FullStack
@RunAsClient
class GuestChangeBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item seaRoom;
    private Item gardenRoom;
    private String key;
    private String guest;
    private LocalDate today;

    @BeforeEach
    void cardOrganisationFreeUntilAWeekBeforeThenHalf() {
        org = fixtures.cardOrganisation("Harbour House");
        seaRoom = fixtures.item(org, "Sea Room");
        gardenRoom = fixtures.item(org, "Garden Room", 9_000);
        fixtures.cancellationPolicy(org, "7:100,0:50");
        key = fixtures.apiKey(org);
        guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void aLongerStayOnFreeDatesIsPaidForByCardThroughStripe() throws InterruptedException {
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, seaRoom, today.plusDays(20), today.plusDays(22), guest);
        LocalDate checkIn = today.plusDays(30);

        try (Browser browser = Browser.open().visit(booking.guestPage())) {
            proposeChange(browser, "Sea Room", checkIn, checkIn.plusDays(3));
            assertThat(browser.text("[data-role=change-total]")).isEqualTo("€360.00");
            assertThat(browser.text("[data-role=change-difference]")).isEqualTo("You pay the difference of €120.00 by card now.");

            browser.click("[data-role=confirm-change]");
            browser.waitUntil(page -> page.currentUrl().contains("/pay/cs_"));
            String session = browser.currentUrl().replaceAll(".*/pay/", "");
            assertThat(StripeStandIn.checkoutSessionRequest(session)).containsEntry("line_items[0][price_data][unit_amount]", "12000");
            assertThat(StripeStandIn.checkoutSessionIdempotencyKey(session)).isEqualTo(booking.reference() + "-balance-1");

            Delivery paid = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", session);
            assertThat(Pages.post("/api/v3/organisations/" + org.id() + "/stripe-webhooks", "application/json; charset=utf-8",
                    paid.payload(), "Stripe-Signature", paid.signature()).status()).isEqualTo(200);
        }
        assertThat(fixtures.blockingRanges(org)).containsExactly(seaRoom.id() + " [" + checkIn + "," + checkIn.plusDays(3) + ")");
        assertThat(Pages.get(booking.guestPage()).html().select("[data-role=balance-due]").text()).isEqualTo("Nothing: paid in full");
        long bookingId = fixtures.bookingId(org, booking.reference());
        assertThat(fixtures.history(bookingId)).contains("Ada Lovelace: Changed the stay from Sea Room, " + today.plusDays(20)
                + " to " + today.plusDays(22) + " to Sea Room, " + checkIn + " to " + checkIn.plusDays(3)
                + "; the total from €240.00 to €360.00.");
        assertThat(fixtures.notices(bookingId)).as("sent to webhooks").contains("booking.changed");
        assertThat(TestMail.awaitBody(guest, "Booking changed at Harbour House (" + booking.reference() + ")"))
                .contains("It was Sea Room, " + today.plusDays(20) + " to " + today.plusDays(22) + ", for €240.00",
                        "The difference, €120.00, is paid by card");
        assertThat(TestMail.awaitBody(Fixtures.notificationAddress(org), "Booking " + booking.reference() + " changed by the guest"))
                .contains("The guest pays the difference by card: €120.00");
        assertThat(fixtures.auditLog(org)).anyMatch(line -> line.startsWith("booking.changed by guest Guest of booking "
                + booking.reference()));
    }

    @Test
    void aFamilyMovesItsTwoRoomsToOtherNightsTogether() {
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, seaRoom, today.plusDays(20), today.plusDays(22), guest);
        fixtures.addRoom(fixtures.bookingId(org, booking.reference()), gardenRoom, 18_000);
        LocalDate checkIn = today.plusDays(30);

        try (Browser browser = Browser.open().visit(booking.guestPage())) {
            assertThat(browser.text("[data-role=change-booking]")).isEqualTo("Change dates…");
            browser.click("[data-role=change-booking]");
            browser.waitUntil(page -> page.find("change-form").isDisplayed());
            assertThat(browser.texts("[data-role=change-room]")).as("the rooms are kept").isEmpty();
            assertThat(browser.text("[data-role=change-same-rooms]")).isEqualTo("Your rooms stay the same: Sea Room + "
                    + "Garden Room. To change a room, please contact the property.");
            browser.pickStay("change-stay", checkIn, checkIn.plusDays(1));
            browser.click("[data-role=price-change]");
            browser.waitUntil(page -> !page.texts("[data-role=change-confirmation]").isEmpty());

            assertThat(browser.text("[data-role=change-new-stay]")).startsWith("New stay: Sea Room + Garden Room, ");
            // One night: Sea Room €120.00, Garden Room €90.00; the card paid €240.00.
            assertThat(browser.text("[data-role=change-total]")).isEqualTo("€210.00");
            assertThat(browser.text("[data-role=change-difference]")).isEqualTo("The difference of €30.00 is refunded to your card.");
            browser.click("[data-role=confirm-change]");
            browser.waitUntil(page -> page.text("[data-role=guest-booking-messages]")
                    .equals("Your booking is changed. We have e-mailed you a confirmation."));
        }
        assertThat(fixtures.blockingRanges(org)).containsExactlyInAnyOrder(
                seaRoom.id() + " [" + checkIn + "," + checkIn.plusDays(1) + ")",
                gardenRoom.id() + " [" + checkIn + "," + checkIn.plusDays(1) + ")");
        assertThat(StripeStandIn.refundsOf(booking.session()))
                .containsExactly(new RefundRequest(3_000, booking.reference() + "-refund-1"));
    }

    @Test
    void aCheaperRoomRefundsTheDifferenceToTheCard() throws InterruptedException {
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, seaRoom, today.plusDays(20), today.plusDays(22), guest);

        try (Browser browser = Browser.open().visit(booking.guestPage())) {
            proposeChange(browser, "Garden Room", today.plusDays(20), today.plusDays(22));
            assertThat(browser.text("[data-role=change-difference]")).isEqualTo("The difference of €60.00 is refunded to your card.");

            browser.click("[data-role=confirm-change]");
            browser.waitUntil(page -> page.text("[data-role=booking-room]").equals("Garden Room"));
            assertThat(browser.text("[data-role=guest-booking-messages]"))
                    .isEqualTo("Your booking is changed. We have e-mailed you a confirmation.");
            assertThat(browser.text("[data-role=refunded]")).isEqualTo("Refunded to your card: €60.00");
            assertThat(browser.text("[data-role=balance-due]")).isEqualTo("Nothing: paid in full");
        }
        assertThat(StripeStandIn.refundsOf(booking.session()))
                .containsExactly(new RefundRequest(6_000, booking.reference() + "-refund-1"));
        assertThat(fixtures.bookingColumn(org, booking.reference(), "total_minor")).isEqualTo("18000");
        assertThat(TestMail.awaitBody(guest, "Booking changed at Harbour House"))
                .contains("€60.00 is refunded to your card for the difference");
    }

    @Test
    void aGermanGuestReadsEachRoomByItsGermanTitleOnTheirPageInTheirMailAndInTheirCalendar() throws InterruptedException {
        fixtures.titleIn(seaRoom, "de", "Zimmer zum Meer");
        fixtures.titleIn(gardenRoom, "de", "Gartenzimmer");
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, seaRoom, today.plusDays(20), today.plusDays(22), guest,
                "de");

        try (Browser browser = Browser.speaking("de-DE,de").visit(booking.guestPage())) {
            assertThat(browser.text("[data-role=booking-room]")).isEqualTo("Zimmer zum Meer");
            proposeRoom(browser, "Gartenzimmer");
            assertThat(browser.text("[data-role=change-new-stay]")).startsWith("Neuer Aufenthalt: Gartenzimmer, ");

            browser.click("[data-role=confirm-change]");
            browser.waitUntil(page -> page.text("[data-role=booking-room]").equals("Gartenzimmer"));
        }
        assertThat(TestMail.awaitBody(guest, "Buchung bei Harbour House geändert (" + booking.reference() + ")"))
                .contains("Sie lautete auf Zimmer zum Meer, ", "Gartenzimmer").doesNotContain("Sea Room", "Garden Room");
        String calendar = Pages.fetch(Pages.get(booking.guestPage()).link("stay-calendar")).body().replace("\r\n ", "");
        assertThat(calendar).contains("Gartenzimmer").doesNotContain("Garden Room");
    }

    @Test
    void nightsAlreadyBookedAreRefusedAndNothingChanges() {
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, key, seaRoom, today.plusDays(20), today.plusDays(22), guest);
        fixtures.paidBooking(org, gardenRoom, today.plusDays(21), today.plusDays(23));

        try (Browser browser = Browser.open().visit(booking.guestPage())) {
            proposeChange(browser, "Garden Room", today.plusDays(20), today.plusDays(22));
            browser.click("[data-role=confirm-change]");
            browser.waitUntil(page -> !page.text("[data-role=guest-booking-messages]").isEmpty());

            assertThat(browser.text("[data-role=guest-booking-messages]"))
                    .isEqualTo("That room is already booked for some of those nights; your booking is unchanged.");
            assertThat(browser.text("[data-role=booking-room]")).isEqualTo("Sea Room");
        }
        assertThat(fixtures.bookingColumn(org, booking.reference(), "total_minor")).isEqualTo("24000");
        assertThat(fixtures.blockingRanges(org)).contains(seaRoom.id() + " [" + today.plusDays(20) + "," + today.plusDays(22) + ")");
        assertThat(StripeStandIn.refundsOf(booking.session())).isEmpty();
        assertThat(fixtures.notices(fixtures.bookingId(org, booking.reference()))).doesNotContain("booking.changed");
    }

    @Test
    void aBookingPastItsFreeCancellationIsNotOfferedAChange() {
        CardBookings.Paid within = CardBookings.paid(fixtures, org, key, seaRoom, today.plusDays(3), today.plusDays(5), guest);
        CardBookings.Paid ahead = CardBookings.paid(fixtures, org, key, seaRoom, today.plusDays(20), today.plusDays(22), guest);

        assertThat(Pages.get(within.guestPage()).html().select("[data-role=change-booking]"))
                .as("three days ahead, cancelling refunds only half").isEmpty();
        assertThat(Pages.get(ahead.guestPage()).html().select("[data-role=change-booking]")).hasSize(1);
    }

    /**
     * Opens the change form, chooses the room and asks for the new price of the booking's own dates (the picker's days
     * are found by their English labels, so a German page keeps its dates).
     */
    private static void proposeRoom(Browser browser, String room) {
        browser.click("[data-role=change-booking]");
        browser.waitUntil(page -> page.find("change-form").isDisplayed());
        browser.choose("change-room", room);
        browser.click("[data-role=price-change]");
        browser.waitUntil(page -> !page.texts("[data-role=change-confirmation]").isEmpty());
    }

    /** Opens the change form, chooses the room, picks the dates in the rooms page's picker and asks for the new price. */
    private static void proposeChange(Browser browser, String room, LocalDate checkIn, LocalDate checkout) {
        browser.click("[data-role=change-booking]");
        browser.waitUntil(page -> page.find("change-form").isDisplayed());
        browser.choose("change-room", room);
        browser.pickStay("change-stay", checkIn, checkout);
        browser.click("[data-role=price-change]");
        browser.waitUntil(page -> !page.texts("[data-role=change-confirmation]").isEmpty());
    }
}
