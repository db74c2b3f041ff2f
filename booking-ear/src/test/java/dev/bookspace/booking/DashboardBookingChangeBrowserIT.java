package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.TestMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff change a paid card booking's stay from its page in the dashboard: the rooms page's stay picker, the rooms free
 * for the new nights, the new price and its difference before confirming; a stay the rules refuse, or nights the room
 * has taken, are said in the form and change nothing. A booking of several rooms is changed room by room: one moved to
 * another room, one added, one taken off.
 */
@FullStack
@RunAsClient
class DashboardBookingChangeBrowserIT {

    /** The change form's rows, a room each. */
    private static final String ROWS = "div[data-role=change-room-row]";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item sea;
    private Item garden;
    private LocalDate today;
    private String guest;
    private CardBookings.Paid booking;

    @BeforeEach
    void aPaidCardBookingOfTheSeaRoom() {
        org = fixtures.cardOrganisation("Harbour House");
        fixtures.stayRule(org, "max_nights", 5);
        sea = fixtures.item(org, "Sea Room", 12_000);
        garden = fixtures.item(org, "Garden Room", 9_000);
        fixtures.cancellationPolicy(org, "7:100,0:50");
        today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        booking = CardBookings.paid(fixtures, org, fixtures.apiKey(org), sea, today.plusDays(3), today.plusDays(5), guest);
    }

    @Test
    void staffLengthenTheStaySeeingTheNewTotalAndTheDifferenceLeftDue() throws InterruptedException {
        try (Browser browser = signedIn(Browser.open())) {
            openChange(browser);
            browser.pickStay("change-stay", today.plusDays(3), today.plusDays(6));
            browser.waitUntil(page -> page.texts("select[data-role=change-room] option").contains("Garden Room"));
            settled(browser);
            browser.click("[data-role=price-change]");
            browser.waitUntil(page -> !page.texts("[data-role=change-confirmation]").isEmpty());

            assertThat(browser.text("[data-role=change-new-stay]"))
                    .isEqualTo("New stay: Sea Room, " + today.plusDays(3) + " – " + today.plusDays(6));
            assertThat(browser.text("[data-role=change-total]")).isEqualTo("€360.00");
            assertThat(browser.text("[data-role=change-difference]")).isEqualTo("€120.00 more; it is left due from the guest.");

            settled(browser);
            browser.click("[data-role=confirm-change]");
            browser.waitUntil(page -> page.text("[data-role=booking-room]").contains(today.plusDays(6).toString()));
            assertThat(browser.text("[data-role=booking-messages]")).isEqualTo("The stay is changed; the guest is e-mailed.");
            assertThat(browser.text("[data-role=booking-total]")).isEqualTo("€360.00");
            assertThat(browser.text("[data-role=balance-due]")).startsWith("€120.00");
            assertThat(browser.texts("[data-role=history-event]")).anyMatch(line -> line.contains("Changed the stay from Sea Room, "
                    + today.plusDays(3) + " to " + today.plusDays(5) + " to Sea Room, " + today.plusDays(3) + " to "
                    + today.plusDays(6) + "; the total from €240.00 to €360.00."));
            assertThat(browser.texts("[data-role=change-form]")).as("closed after the change").isEmpty();
        }
        assertThat(fixtures.blockingRanges(org)).containsExactly(sea.id() + " [" + today.plusDays(3) + "," + today.plusDays(6) + ")");
        assertThat(TestMail.awaitBody(guest, "Booking changed at Harbour House (" + booking.reference() + ")"))
                .contains("Harbour House has changed your booking.", "Still to pay: €120.00.");
    }

    @Test
    void aStayTheRulesRefuseAndNightsTheRoomHasTakenAreSaidInTheFormAndChangeNothing() {
        fixtures.paidBooking(org, sea, today.plusDays(6), today.plusDays(8));

        try (Browser browser = signedIn(Browser.open())) {
            openChange(browser);
            browser.pickStay("change-stay", today.plusDays(3), today.plusDays(10));
            browser.waitUntil(page -> !page.texts("[data-role=change-problem]").isEmpty());
            assertThat(browser.text("[data-role=change-problem]"))
                    .isEqualTo("Sea Room is already booked for some of those nights; the booking is unchanged.");
            assertThat(browser.texts("select[data-role=change-room] option")).containsExactly("Choose a room", "Garden Room");

            settled(browser);
            browser.choose("change-room", "Garden Room");
            browser.waitUntil(page -> page.texts("[data-role=change-problem]").contains("Maximum 5 nights."));
            assertThat(browser.texts("[data-role=change-confirmation]")).isEmpty();
            assertThat(browser.texts("[data-role=confirm-change]")).isEmpty();
        }
        assertThat(fixtures.bookingColumn(org, booking.reference(), "total_minor")).isEqualTo("24000");
        assertThat(fixtures.blockingRanges(org)).contains(sea.id() + " [" + today.plusDays(3) + "," + today.plusDays(5) + ")");
    }

    @Test
    void staffChangeToAStayTheRulesRefuseOnlyBySayingSoAndTheHistoryRecordsIt() {
        try (Browser browser = signedIn(Browser.open())) {
            openChange(browser);
            browser.pickStay("change-stay", today.plusDays(3), today.plusDays(9));
            settled(browser);
            browser.click("[data-role=price-change]");
            browser.waitUntil(page -> page.texts("[data-role=change-problem]").contains("Maximum 5 nights."));
            assertThat(browser.texts("[data-role=confirm-change]")).isEmpty();

            browser.click("[data-role=override-change-rules] .ui-chkbox-box");
            browser.waitUntil(page -> !page.texts("[data-role=change-confirmation]").isEmpty());
            assertThat(browser.text("[data-role=change-total]")).isEqualTo("€720.00");
            settled(browser);
            browser.click("[data-role=confirm-change]");
            browser.waitUntil(page -> page.text("[data-role=booking-room]").contains(today.plusDays(9).toString()));
            assertThat(browser.texts("[data-role=history-event]"))
                    .anyMatch(line -> line.contains("Changed despite the stay rules: Maximum 5 nights."));
        }
        assertThat(fixtures.blockingRanges(org)).containsExactly(sea.id() + " [" + today.plusDays(3) + "," + today.plusDays(9) + ")");
    }

    @Test
    void staffMoveOneRoomOfTwoToAnotherAddAThirdAndTakeOneOff() {
        fixtures.addRoom(fixtures.bookingId(org, booking.reference()), garden, 18_000);
        Item loft = fixtures.item(org, "Loft", 15_000);
        Item attic = fixtures.item(org, "Attic", 7_000);

        try (Browser browser = signedIn(Browser.open())) {
            openChange(browser);
            assertThat(browser.attributes(ROWS + " select", "value")).containsExactly(String.valueOf(sea.id()), String.valueOf(garden.id()));

            browser.chooseIn(ROWS + ":nth-of-type(2) select", "Loft");
            browser.waitUntil(page -> page.text("[data-role=change-new-stay]").startsWith("New stay: Sea Room + Loft"));
            settled(browser);
            browser.click("[data-role=change-add-room]");
            browser.waitUntil(page -> page.texts(ROWS).size() == 3);
            browser.chooseIn(ROWS + ":nth-of-type(3) select", "Attic");
            browser.waitUntil(page -> page.text("[data-role=change-new-stay]").startsWith("New stay: Sea Room + Loft + Attic"));
            settled(browser);
            browser.click(ROWS + ":nth-of-type(1) [data-role=change-remove-room]");
            browser.waitUntil(page -> page.texts(ROWS).size() == 2 && page.text("[data-role=change-new-stay]")
                    .equals("New stay: Loft + Attic, " + today.plusDays(3) + " – " + today.plusDays(5)));

            // Loft two nights €300.00 for the Garden Room's two guests, Attic two nights €140.00 for one.
            assertThat(browser.text("[data-role=change-total]")).isEqualTo("€440.00");
            assertThat(browser.text("[data-role=change-difference]")).isEqualTo("€20.00 more; it is left due from the guest.");
            settled(browser);
            browser.click("[data-role=confirm-change]");
            browser.waitUntil(page -> page.texts("[data-role=booking-room]").size() == 2
                    && page.text("[data-role=booking-room]").startsWith("Loft"));
            assertThat(browser.texts("[data-role=booking-room]")).anyMatch(room -> room.startsWith("Attic"));
            assertThat(browser.text("[data-role=booking-total]")).isEqualTo("€440.00");
        }
        assertThat(fixtures.blockingRanges(org)).containsExactlyInAnyOrder(
                loft.id() + " [" + today.plusDays(3) + "," + today.plusDays(5) + ")",
                attic.id() + " [" + today.plusDays(3) + "," + today.plusDays(5) + ")");
    }

    @Test
    void theChangeFormFitsAPhone() {
        try (Browser browser = signedIn(Browser.open().asPhone())) {
            openChange(browser);
            assertThat(browser.overflowWidth()).as("pixels wider than the phone: " + browser.pastTheRightEdge()).isZero();
        }
    }

    private Browser signedIn(Browser browser) {
        browser.visit("/dashboard/booking.xhtml?ref=" + booking.reference());
        browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
        browser.waitUntil(page -> page.text("[data-role=booking-reference]").equals(booking.reference()));
        return browser;
    }

    /** The picker asks for the free rooms on each day picked: both answers are in. */
    private static void settled(Browser browser) {
        browser.waitUntil(page -> Boolean.TRUE.equals(page.script("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private static void openChange(Browser browser) {
        browser.click("[data-role=change-stay-open]");
        browser.waitUntil(page -> page.find("change-form").isDisplayed());
    }
}
