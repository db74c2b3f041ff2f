package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.StripeStandIn;
import dev.bookspace.testing.StripeStandIn.Delivery;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's views of occupancy: the calendar of rooms by day, and the home page's figures. */
@FullStack
@RunAsClient
class DashboardOccupancyBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter MOVEMENT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
    private Organisation org;
    private Item seaRoom;
    private Item gardenRoom;

    @BeforeEach
    void twoRooms() {
        org = fixtures.cardOrganisation("Harbour House");
        seaRoom = fixtures.item(org, "Sea Room");
        gardenRoom = fixtures.item(org, "Garden Room");
    }

    @Test
    void theCalendarShowsEachRoomsStaysColouredByStatusAndOpensABooking() {
        String paid = fixtures.reference(fixtures.paidBooking(org, seaRoom, today, today.plusDays(2)));
        String held = fixtures.reference(fixtures.unpaidHold(org, gardenRoom, today, today.plusDays(1),
                Instant.now().plus(20, ChronoUnit.MINUTES)));
        fixtures.cancelledBooking(org, gardenRoom, today.plusDays(1), today.plusDays(3));
        Organisation other = fixtures.organisation("Elsewhere");
        String theirs = fixtures.reference(fixtures.paidBooking(other, fixtures.item(other, "Their Loft"), today, today.plusDays(2)));

        try (Browser browser = signedIn("/dashboard/calendar.xhtml")) {
            browser.waitUntil(page -> page.texts("[data-role=calendar-stay]").size() == 2);
            assertThat(browser.script("return Array.from(document.querySelectorAll('[data-role=calendar-room]'))"
                    + ".map(room => room.textContent.trim())")).asList().containsExactly("Garden Room", "Sea Room");
            assertThat(browser.find("calendar").getText()).doesNotContain(theirs, "Their Loft");
            assertThat(stayClass(browser, paid)).contains("stay-paid");
            assertThat(stayClass(browser, held)).contains("stay-awaiting-payment");
            assertThat(browser.script("return Array.from(document.querySelectorAll('[data-role=calendar] .vis-time-axis .vis-minor'))"
                    + ".map(label => label.innerHTML.replace('<br>', ' '))")).asList()
                    .as("every day on the axis, its weekday over its number").contains(DAY.format(today), DAY.format(today.plusDays(1)));
            assertThat(browser.texts("[data-role=day-movement]")).as("the cancelled stay neither arrives nor leaves")
                    .startsWith(MOVEMENT_DAY.format(today) + ": 2 arriving",
                            MOVEMENT_DAY.format(today.plusDays(1)) + ": 1 leaving",
                            MOVEMENT_DAY.format(today.plusDays(2)) + ": 1 leaving");

            browser.waitUntil(page -> page.find("calendar-stay").isDisplayed());
            assertThat(browser.script("return Array.from(document.querySelectorAll('[data-role=calendar] .vis-time-axis .vis-text.vis-minor'))"
                    + ".filter(label => label.innerHTML.includes('<br>'))"
                    + ".map(label => label.scrollWidth > label.clientWidth ? 'cut short: ' + label.innerText : 'whole')")).asList()
                    .as("the four weeks' days, none cut short by the next").hasSizeGreaterThanOrEqualTo(28).containsOnly("whole");
            browser.click("[data-reference='" + paid + "']");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/booking.xhtml?ref=" + paid));
            assertThat(browser.text("[data-role=booking-status]")).isEqualTo("Paid");

            browser.visit("/dashboard/calendar.xhtml");
            browser.click("[data-role=calendar-later]");
            browser.waitUntil(page -> page.texts("[data-role=calendar-stay]").isEmpty());

            // A day a week away within this month, as the picker opens on it.
            LocalDate chosen = today.plusDays(7).getMonth() == today.getMonth() ? today.plusDays(7) : today.minusDays(7);
            browser.pickDate("calendar-jump", chosen);
            LocalDate monday = chosen.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            browser.waitUntil(page -> page.text("[data-role=calendar-range]").startsWith(monday.toString()));
        }
    }

    @Test
    void aBookingOfTwoRoomsShowsInEachRoomsLane() {
        long booking = fixtures.paidBooking(org, seaRoom, today, today.plusDays(2));
        fixtures.addRoom(booking, gardenRoom, 12_000);
        String reference = fixtures.reference(booking);

        try (Browser browser = signedIn("/dashboard/calendar.xhtml")) {
            browser.waitUntil(page -> page.texts("[data-reference='" + reference + "']").size() == 2);
            assertThat(browser.script("""
                    const lanes = Array.from(document.querySelectorAll('[data-role=calendar] .vis-foreground .vis-group'));
                    const rooms = Array.from(document.querySelectorAll('[data-role=calendar-room]')).map(room => room.textContent.trim());
                    return Array.from(document.querySelectorAll("[data-reference='%s']"))
                        .map(bar => rooms[lanes.indexOf(bar.closest('.vis-group'))]).sort();""".formatted(reference)))
                    .asList().containsExactly("Garden Room", "Sea Room");
        }
    }

    @Test
    void aGuestNameCannotInjectHtmlIntoTheCalendar() {
        long booking = fixtures.paidBooking(org, seaRoom, today, today.plusDays(2));
        fixtures.guestNamed(booking, "<b>Eve</b>");

        try (Browser browser = signedIn("/dashboard/calendar.xhtml")) {
            browser.waitUntil(page -> page.find("calendar-stay").isDisplayed());
            browser.hover("[data-reference='" + fixtures.reference(booking) + "']");
            browser.waitUntil(page -> tooltips(page).contains("Eve"));

            // Shown as the guest typed it: as text, not as bold markup.
            assertThat(tooltips(browser)).contains("<b>Eve</b>, " + today);
        }
    }

    private static String tooltips(Browser browser) {
        return (String) browser.script("return Array.from(document.querySelectorAll('.vis-tooltip'))"
                + ".map(tooltip => tooltip.textContent).join(' | ')");
    }

    @Test
    void theHomePageShowsHoldsAboutToExpireOccupancyAndRevenue() {
        String held = fixtures.reference(fixtures.unpaidHold(org, gardenRoom, today.plusDays(5), today.plusDays(8),
                Instant.now().plus(20, ChronoUnit.MINUTES)));
        String reference = fixtures.cardHold(org, seaRoom, today.plusDays(1), today.plusDays(4), "cs_test_revenue", "ada@example.org");
        fixtures.priceAt(fixtures.bookingId(org, reference), 36_000);
        // Closed dates occupy a room but sell nothing, and arrive on no front desk.
        fixtures.closedDates(org, gardenRoom, today, today.plusDays(3), "Painting");
        Delivery completed = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", "cs_test_revenue");
        Pages.post("/api/v3/organisations/" + org.id() + "/stripe-webhooks", "application/json; charset=utf-8",
                completed.payload(), "Stripe-Signature", completed.signature());

        try (Browser browser = signedIn("/dashboard/")) {
            assertThat(browser.texts("[data-role=hold]")).singleElement().asString()
                    .contains(held, "Garden Room: Awaiting payment (held until ");
            // Six of the two rooms' sixty room-nights: three held, three paid.
            assertThat(browser.text("[data-role=occupancy-percent]")).isEqualTo("10%");
            assertThat(browser.text("[data-role=revenue-total]")).isEqualTo("€360.00");
            assertThat(browser.texts("[data-role=revenue] canvas")).hasSize(1);
        }
    }

    private static String stayClass(Browser browser, String reference) {
        return (String) browser.script("return document.querySelector(\"[data-reference='" + reference
                + "']\").closest('.vis-item').className");
    }

    private Browser signedIn(String path) {
        Browser browser = Browser.open().visit(path);
        browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(path));
        return browser;
    }
}
