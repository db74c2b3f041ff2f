package dev.bookspace.booking;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static dev.bookspace.testing.Stays.JAN_5;
import static dev.bookspace.testing.Stays.american;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.Delivery;
import dev.bookspace.testing.TestMail;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A guest's whole booking in headless Chromium: choose a room, add add-ons and watch the price, fix
 * an e-mail address, book, pay on the Stripe stand-in, and find the booking paid and confirmed.
 */
@FullStack
@RunAsClient
class BookingFlowBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aGuestBooksWithAddOnsPaysByCardAndIsConfirmed() throws InterruptedException {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.addOn(org, null, "Parking", 1_500, "per_night", 1);
        fixtures.addOn(org, room, "Breakfast", 1_200, "per_guest", 2);
        String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference;

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_1, JAN_3))) {
            browser.click("[data-role=room-link]");
            browser.waitUntil(page -> page.text("[data-role=room-title]").equals("Sea Room"));
            assertThat(browser.text("[data-role=total]")).isEqualTo("€240.00");

            assertThat(browser.attributes("[data-role=add-on-quantity]", "id")).as("no quantity before an add-on is chosen").isEmpty();
            browser.click("[data-role=add-on][data-name='Parking'] .ui-chkbox-box");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€270.00"));
            assertThat(browser.attributes("[data-role=add-on-quantity]", "id")).as("parking is taken once or not").isEmpty();
            browser.click("[data-role=add-on][data-name='Breakfast'] .ui-chkbox-box");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€282.00"));
            assertThat(browser.attributes("[data-role=add-on][data-name='Breakfast'] [data-role=add-on-quantity]", "id")).hasSize(1);
            browser.click("[data-role=add-on][data-name='Breakfast'] .ui-spinner-up");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€294.00"));
            assertThat(browser.text("[data-role=price-line]:nth-of-type(2)")).isEqualTo("Breakfast (2 × 1 guest × €12.00) €24.00");

            browser.type("guest-email", "ada@example");
            browser.waitUntil(page -> page.text("[data-role=email-error]")
                    .equals("Please enter an e-mail address such as ada@example.org."));
            browser.type("guest-email", email);
            browser.waitUntil(page -> page.text("[data-role=email-error]").isEmpty());

            fillInTheRest(browser);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=stripe-checkout]").equals("Stripe Checkout stand-in"));
            String sessionId = browser.currentUrl().substring(browser.currentUrl().lastIndexOf('/') + 1);
            Map<String, String> checkout = StripeStandIn.checkoutSessionRequest(sessionId);
            assertThat(checkout).containsEntry("line_items[0][price_data][unit_amount]", "29400")
                    .containsEntry("line_items[0][price_data][currency]", "eur")
                    .containsEntry("customer_email", email);
            reference = checkout.get("client_reference_id");

            Delivery paid = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", sessionId);
            assertThat(Pages.post("/api/v3/organisations/" + org.id() + "/stripe-webhooks", "application/json",
                    paid.payload(), "Stripe-Signature", paid.signature()).status()).isEqualTo(200);

            browser.open(checkout.get("success_url"));
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Paid"));
            assertThat(browser.text("[data-role=total]")).isEqualTo("€294.00");
            assertThat(browser.text("[data-role=booking-room]")).isEqualTo("Sea Room");
            assertThat(browser.text("[data-role=booking-check-in]")).isEqualTo(american(JAN_1));
            assertThat(browser.text("[data-role=booking-checkout]")).isEqualTo(american(JAN_3));
        }

        for (int waited = 0; waited < 100 && TestMail.to(email).isEmpty(); waited++) {
            Thread.sleep(100);
        }
        assertThat(TestMail.to(email)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your booking at Harbour House (" + reference + ")");
            assertThat(mail.body()).contains("Parking (2 nights × €15.00): €30.00", "Total: €294.00", "Paid by card.")
                    .containsPattern("(?m)^Status: {4}Paid\\r?$");
        });
    }

    @Test
    void theRoomPagesPickerMarksTheRoomsBookedNightsAndAPickedStayIsPricedAgainInPlace() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.paidBooking(org, room, JAN_4, JAN_5);

        try (Browser browser = Browser.open().visit(roomPath(org, room))) {
            assertThat(browser.text("[data-role=total]")).isEqualTo("€240.00");
            browser.openPicker("stay");
            // Read together: the picker draws its month again as each month's nights arrive.
            browser.waitUntil(page -> page.attributes("[data-role=night][data-night='" + JAN_4 + "']", "data-bookable")
                    .equals(List.of("false"))
                    && page.text("[data-role=night][data-night='" + JAN_3 + "'] [data-role=night-price]").equals("€120"));

            browser.dayCell("stay", JAN_1).click();
            browser.dayCell("stay", JAN_4).click();

            browser.waitUntil(page -> page.text("[data-role=total]").equals("€360.00"));
            assertThat(browser.currentPath()).isEqualTo("/" + org.identifier() + "/rooms/" + room.id()
                    + "?check_in=" + JAN_1 + "&checkout=" + JAN_4 + "&guests=1");
        }
    }

    @Test
    void aGuestOfAnOrganisationWithoutStripeIsConfirmedToPayOnArrival() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");

        try (Browser browser = Browser.open().visit(roomPath(org, room))) {
            browser.type("guest-email", "ada@example.org");
            fillInTheRest(browser);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Pay on arrival"));
            assertThat(browser.text("[data-role=total]")).isEqualTo("€240.00");
        }
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
    }

    @ParameterizedTest(name = "guests={0}")
    @ValueSource(strings = {"-1", "0", "999999", "abc"})
    void aForgedGuestCountIsRefusedWithASentenceAndBooksNothing(String forged) {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");

        try (Browser browser = Browser.open().visit(roomPath(org, room))) {
            browser.type("guest-email", "ada@example.org");
            fillInTheRest(browser);
            forge(browser, "[data-role=guests]", forged);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=guests-error]").equals("Sea Room takes 1 to 2 guests."));
        }
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @ParameterizedTest(name = "quantity={0}")
    @ValueSource(strings = {"-5", "999999"})
    void aForgedAddOnQuantityIsRefusedWithASentenceAndBooksNothing(String forged) {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.addOn(org, room, "Breakfast", 1_200, "per_guest", 2);

        try (Browser browser = Browser.open().visit(roomPath(org, room))) {
            browser.click("[data-role=add-on][data-name='Breakfast'] .ui-chkbox-box");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€252.00"));
            browser.type("guest-email", "ada@example.org");
            fillInTheRest(browser);
            forge(browser, "[data-role=add-on][data-name='Breakfast'] [data-role=add-on-quantity]", forged);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=add-on-quantity-error]").equals("Choose 1 to 2 of Breakfast."));
        }
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void aForgedCheckInLongAgoIsRefusedWithASentenceAndBooksNothing() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");

        try (Browser browser = Browser.open().visit(roomPath(org, room))) {
            browser.type("guest-email", "ada@example.org");
            fillInTheRest(browser);
            // The stay as the picker writes it for this (American) browser, in year 1.
            forge(browser, "[data-role=stay]", "Jan 1, 0001 - Jan 3, 0001");
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=stay-error]")
                    .equals("Check-in cannot be in the past; choose today or a later date."));
        }
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void aBrowserWhoseNetworkHasBookedOftenSolvesAPuzzleBeforeBookingAndAScriptWithoutItBooksNothing() {
        Organisation org = fixtures.organisation("Harbour House");
        List<Item> rooms = List.of(fixtures.item(org, "Sea Room"), fixtures.item(org, "Garden Room"), fixtures.item(org, "Loft"));
        // The tests' server asks for proof of work after two bookings from a network in the hour (arquillian.xml).
        for (Item room : rooms.subList(0, 2)) {
            try (Browser browser = Browser.open().visit(roomPath(org, room))) {
                assertThat(browser.find("proof-of-work").getAttribute("data-challenge")).isNullOrEmpty();
                bookAsAda(browser);
                browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Pay on arrival"));
            }
        }

        try (Browser browser = Browser.open().visit(roomPath(org, rooms.get(2)))) {
            assertThat(browser.find("proof-of-work").getAttribute("data-challenge")).isNotEmpty();
            browser.waitUntil(page -> !page.find("proof-of-work").getAttribute("value").isEmpty());
            forge(browser, "[data-role=proof-of-work]", "");
            bookAsAda(browser);
            browser.waitUntil(page -> page.text("[data-role=booking-messages]").startsWith("One moment: your browser is confirming"));
            assertThat(fixtures.bookingStatuses(org)).hasSize(2);

            browser.waitUntil(page -> page.find("book").isEnabled() && !page.find("proof-of-work").getAttribute("value").isEmpty());
            browser.click("[data-role=book]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Pay on arrival"));
        }
        assertThat(fixtures.bookingStatuses(org)).hasSize(3);
    }

    private static void bookAsAda(Browser browser) {
        browser.type("guest-email", "ada@example.org");
        fillInTheRest(browser);
        browser.click("[data-role=book]");
    }

    /** Writes into a field what its widget would never let a guest choose, as a hand-made request would send. */
    private static void forge(Browser browser, String css, String value) {
        browser.script("const field = document.querySelector(\"" + css + "\");"
                + "(field.tagName === 'INPUT' ? field : field.querySelector('input')).value = '" + value + "';");
    }

    @Test
    void aGuestWhoseRoomWasJustTakenIsToldSoAndShownTheRoomsStillFree() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.item(org, "Suite");

        try (Browser browser = Browser.open().visit(roomPath(org, room))) {
            browser.type("guest-email", "ada@example.org");
            fillInTheRest(browser);
            fixtures.paidBooking(org, room, JAN_1, JAN_3);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=booking-conflict]")
                    .startsWith("Sea Room was just booked for some of those nights. Nothing was booked or charged."));
            assertThat(browser.text("[data-role=alternative]")).isEqualTo("Suite");
        }
        assertThat(fixtures.bookingStatuses(org)).containsExactly("paid");
    }

    private static String roomPath(Organisation org, Item room) {
        return "/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3;
    }

    private static void fillInTheRest(Browser browser) {
        browser.type("guest-name", "Ada Lovelace");
        browser.type("guest-phone", "+44 20 7946 0000");
        browser.click("[data-role=accept-terms] .ui-chkbox-box");
    }
}
