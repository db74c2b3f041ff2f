package dev.bookspace.booking;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.Delivery;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A family ticks two rooms on the rooms page, fills one form and pays once for both; and when one of the rooms
 * is taken while they fill it in, nothing is booked and the page names the room they lost.
 */
@FullStack
@RunAsClient
class MultiRoomBookingBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aFamilyChoosesTwoRoomsFillsOneFormAndPaysOnceForBoth() {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item sea = fixtures.item(org, "Sea Room", 12_000);
        Item garden = fixtures.item(org, "Garden Room", 9_000);
        String email = "family-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_1, JAN_3))) {
            chooseTogether(browser, sea, garden);
            // The rooms page lists Garden Room first: it is the page's room, Sea Room the one beside it.
            assertThat(browser.text("[data-role=room-title]")).isEqualTo("Garden Room");
            assertThat(browser.attributes("[data-role=extra-room]", "data-item-id")).containsExactly(String.valueOf(sea.id()));
            assertThat(browser.text("[data-role=total]")).isEqualTo("€420.00");
            browser.click("[data-role=extra-room] .ui-spinner-up");
            browser.waitUntil(page -> page.currentPath().endsWith("&with=" + sea.id()));

            browser.type("guest-email", email);
            fillInTheRest(browser);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=stripe-checkout]").equals("Stripe Checkout stand-in"));
            String sessionId = browser.currentUrl().substring(browser.currentUrl().lastIndexOf('/') + 1);
            Map<String, String> checkout = StripeStandIn.checkoutSessionRequest(sessionId);
            assertThat(checkout).containsEntry("line_items[0][price_data][product_data][name]", "Sea Room, 2 nights from " + JAN_1)
                    .containsEntry("line_items[0][price_data][unit_amount]", "24000")
                    .containsEntry("line_items[1][price_data][product_data][name]", "Garden Room, 2 nights from " + JAN_1)
                    .containsEntry("line_items[1][price_data][unit_amount]", "18000")
                    .doesNotContainKey("line_items[2][price_data][unit_amount]");
            Delivery paid = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", sessionId);
            assertThat(Pages.post("/api/v3/organisations/" + org.id() + "/stripe-webhooks", "application/json",
                    paid.payload(), "Stripe-Signature", paid.signature()).status()).isEqualTo(200);

            assertThat(fixtures.bookingColumn(org, checkout.get("client_reference_id"), "guests")).isEqualTo("3");

            browser.open(checkout.get("success_url"));
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Paid"));
            assertThat(browser.texts("[data-role=booking-room]")).containsExactly("Sea Room", "Garden Room");
            assertThat(browser.text("[data-role=total]")).isEqualTo("€420.00");
        }
        assertThat(fixtures.bookingStatuses(org)).containsExactly("paid");
        assertThat(fixtures.blockingRanges(org)).containsExactlyInAnyOrder(sea.id() + " [" + JAN_1 + "," + JAN_3 + ")",
                garden.id() + " [" + JAN_1 + "," + JAN_3 + ")");
    }

    @Test
    void eachRoomOffersItsOwnAddOnsPricedAtOnceAndTheBookingKeepsThem() {
        Organisation org = fixtures.organisation("Harbour House");
        Item sea = fixtures.item(org, "Sea Room", 12_000);
        Item garden = fixtures.item(org, "Garden Room", 9_000);
        fixtures.addOn(org, null, "Breakfast", 1_500, "per_guest", 1);
        fixtures.addOn(org, sea, "Kayak", 4_000, "per_booking", 1);

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_1, JAN_3))) {
            chooseTogether(browser, sea, garden);
            // Garden Room, the page's room, offers breakfast; Sea Room beside it offers breakfast and its own kayak.
            assertThat(browser.attributes("[data-role=add-on]", "data-name")).containsExactly("Breakfast", "Breakfast", "Kayak");
            assertThat(browser.attributes("[data-role=extra-room] [data-role=add-on]", "data-name"))
                    .containsExactly("Breakfast", "Kayak");

            browser.click("[data-role=extra-room] [data-role=add-on][data-name='Kayak'] .ui-chkbox-box");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€460.00"));
            browser.click("[data-role=extra-room] [data-role=add-on][data-name='Breakfast'] .ui-chkbox-box");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€475.00"));

            browser.type("guest-email", "ada@example.org");
            fillInTheRest(browser);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Pay on arrival"));
            assertThat(browser.text("[data-role=total]")).isEqualTo("€475.00");
            assertThat(browser.texts("[data-role=price-line]")).anyMatch(line -> line.startsWith("Sea Room: Kayak"))
                    .anyMatch(line -> line.startsWith("Sea Room: Breakfast"))
                    .noneMatch(line -> line.startsWith("Garden Room: Breakfast"));
        }
    }

    @Test
    void whenOneOfTheRoomsIsTakenMeanwhileNothingIsBookedAndThePageNamesIt() {
        Organisation org = fixtures.organisation("Harbour House");
        Item sea = fixtures.item(org, "Sea Room", 12_000);
        Item garden = fixtures.item(org, "Garden Room", 9_000);

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_1, JAN_3))) {
            chooseTogether(browser, sea, garden);
            fixtures.paidBooking(org, sea, JAN_1, JAN_3);

            browser.type("guest-email", "ada@example.org");
            fillInTheRest(browser);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=booking-conflict]")
                    .startsWith("Sea Room was just booked for some of those nights. Nothing was booked or charged."));
        }
        assertThat(fixtures.bookingStatuses(org)).containsExactly("paid");
        assertThat(fixtures.blockingRanges(org)).containsExactly(sea.id() + " [" + JAN_1 + "," + JAN_3 + ")");
    }

    private static void chooseTogether(Browser browser, Item... rooms) {
        for (Item room : rooms) {
            browser.click("[data-role=room-card][data-item-id='" + room.id() + "'] [data-role=room-choose]");
        }
        browser.click("[data-role=book-chosen]");
        browser.waitUntil(page -> !page.attributes("[data-role=extra-room]", "data-item-id").isEmpty());
    }

    private static void fillInTheRest(Browser browser) {
        browser.type("guest-name", "Ada Lovelace");
        browser.type("guest-phone", "+44 20 7946 0000");
        browser.click("[data-role=accept-terms] .ui-chkbox-box");
    }
}
