package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.TestMail;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff book for a guest from the dashboard, with the public page's availability, pricing and validation. */
@FullStack
@RunAsClient
class DashboardNewBookingBrowserIT {

    private static final String NEW_BOOKING = "/dashboard/new-booking.xhtml?check_in=" + JAN_1 + "&checkout=" + JAN_3;


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item seaRoom;
    private Item gardenRoom;

    @BeforeEach
    void organisationWithTwoRooms() {
        org = fixtures.organisation("Harbour House");
        seaRoom = fixtures.item(org, "Sea Room", 12_000);
        gardenRoom = fixtures.item(org, "Garden Room", 9_000);
        fixtures.addOn(org, null, "Breakfast", 1_500, "per_guest", 1);
    }

    @Test
    void aBookingTakenAsPaidAtTheDeskIsPricedLikeThePublicPageAndConfirmedToTheGuest() throws InterruptedException {
        String guest = "walk-in-" + System.nanoTime() + "@example.org";
        try (Browser browser = signedIn()) {
            assertThat(browser.texts("select[data-role=room-choice] option"))
                    .containsExactly("Choose a room", "Garden Room (up to 2), €180.00", "Sea Room (up to 2), €240.00");
            browser.choose("room-choice", "Sea Room (up to 2), €240.00");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€240.00"));
            browser.click("[data-role=add-on-toggle] .ui-chkbox-box");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€255.00"));

            bookPaidAtTheDesk(browser, guest);
            assertThat(browser.text("[data-role=booking-status]")).isEqualTo("Paid");
            assertThat(browser.text("[data-role=booking-total]")).isEqualTo("€255.00");
            assertThat(browser.texts("[data-role=history-event]")).hasSize(2).first().asString()
                    .contains("Grace Hopper: Booked at the desk and paid there.");
        }
        assertThat(fixtures.blockingRanges(org)).containsExactly(seaRoom.id() + " [" + JAN_1 + "," + JAN_3 + ")");
        assertThat(mailsTo(guest)).singleElement().satisfies(mail -> assertThat(mail.body()).contains("Paid at the desk."));
    }

    @Test
    void staffBookTwoRoomsForOneGuestAsOneBookingPaidOnceAndMailedOnce() throws InterruptedException {
        String guest = "family-" + System.nanoTime() + "@example.org";
        try (Browser browser = signedIn()) {
            browser.choose("room-choice", "Sea Room (up to 2), €240.00");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€240.00"));
            assertThat(browser.texts("[data-role=also-book] label")).contains("Garden Room (up to 2), €180.00");
            browser.click("[data-role=also-book] input[type=checkbox]");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€420.00"));
            browser.click("[data-role=extra-room] .ui-spinner-up");

            bookPaidAtTheDesk(browser, guest);
            assertThat(browser.texts("[data-role=booking-room]")).hasSize(2)
                    .satisfiesExactly(sea -> assertThat(sea).startsWith("Sea Room,"), garden -> assertThat(garden).startsWith("Garden Room,"));
            assertThat(browser.text("[data-role=booking-total]")).isEqualTo("€420.00");
        }
        assertThat(fixtures.blockingRanges(org)).containsExactlyInAnyOrder(seaRoom.id() + " [" + JAN_1 + "," + JAN_3 + ")",
                gardenRoom.id() + " [" + JAN_1 + "," + JAN_3 + ")");
        assertThat(mailsTo(guest)).singleElement().satisfies(mail -> assertThat(mail.body())
                .containsPattern("(?m)^Room: +Sea Room\\r?$").containsPattern("(?m)^Room: +Garden Room\\r?$")
                .containsPattern("(?m)^Guests: +3\\r?$").contains("Total: €420.00"));
    }

    @Test
    void aRoomTakenWhileStaffFillTheFormIsRefusedAndNothingIsBooked() {
        try (Browser browser = signedIn()) {
            browser.choose("room-choice", "Sea Room (up to 2), €240.00");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€240.00"));
            browser.type("guest-name", "Ada Lovelace");
            browser.type("guest-email", "ada@example.org");
            browser.type("guest-phone", "+351 912 345 678");

            fixtures.paidBooking(org, seaRoom, JAN_1, JAN_3);
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.text("[data-role=booking-conflict]").contains("Sea Room was just booked"));
            assertThat(browser.currentPath()).startsWith("/dashboard/new-booking.xhtml");
            assertThat(browser.texts("select[data-role=room-choice] option"))
                    .containsExactly("Choose a room", "Garden Room (up to 2), €180.00");
        }
        assertThat(fixtures.bookingStatuses(org)).containsExactly("paid");
    }

    @Test
    void theGuestFormValidatesAsStaffTypeWithThePublicPagesRules() {
        try (Browser browser = signedIn()) {
            browser.type("guest-name", "Ada Lovelace");
            browser.type("guest-phone", "+351 912 345 678");
            browser.type("guest-email", "ada at example");
            browser.waitUntil(page -> page.text("[data-role=email-error]").equals("Please enter an e-mail address such as ada@example.org."));
            browser.type("guest-email", "ada@example.org");
            browser.waitUntil(page -> page.text("[data-role=email-error]").isEmpty());
            browser.click("[data-role=book]");
            browser.waitUntil(page -> page.text("[data-role=booking-messages]").equals("Choose the dates and a free room first."));
        }
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void staffSeeTheStayRulesTheDatesBreakAndBookPastThemOnlyByOverriding() {
        fixtures.stayRule(org, "min_nights", 3);
        try (Browser browser = signedIn()) {
            assertThat(browser.text("[data-role=stay-rule-warning]")).contains("Guests cannot book these dates: Minimum 3 nights.");
            browser.choose("room-choice", "Sea Room (up to 2), €240.00");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€240.00"));
            browser.type("guest-name", "Ada Lovelace");
            browser.type("guest-email", "ada@example.org");
            browser.type("guest-phone", "+351 912 345 678");
            browser.click("[data-role=book]");
            browser.waitUntil(page -> page.text("[data-role=booking-messages]").contains("Minimum 3 nights."));
            assertThat(fixtures.bookingStatuses(org)).isEmpty();

            browser.click("[data-role=override-stay-rules] .ui-chkbox-box");
            browser.click("[data-role=book]");

            browser.waitUntil(page -> page.currentPath().startsWith("/dashboard/booking.xhtml?ref="));
            assertThat(browser.texts("[data-role=history-event]"))
                    .anySatisfy(event -> assertThat(event).contains("Grace Hopper: Booked despite the stay rules: Minimum 3 nights."));
        }
    }

    /** Fills in the guest, takes the booking as paid at the desk, and waits for its page. */
    private static void bookPaidAtTheDesk(Browser browser, String guest) {
        browser.type("guest-name", "Ada Lovelace");
        browser.type("guest-email", guest);
        browser.type("guest-phone", "+351 912 345 678");
        browser.choose("settlement", "Paid now, at the desk");
        browser.click("[data-role=book]");
        browser.waitUntil(page -> page.currentPath().startsWith("/dashboard/booking.xhtml?ref="));
    }

    private Browser signedIn() {
        Browser browser = Browser.open().visit(NEW_BOOKING);
        browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentUrl().endsWith(NEW_BOOKING));
        return browser;
    }

    private static List<TestMail.Mail> mailsTo(String address) throws InterruptedException {
        for (int waited = 0; waited < 100 && TestMail.to(address).isEmpty(); waited++) {
            Thread.sleep(100);
        }
        return TestMail.to(address);
    }
}
