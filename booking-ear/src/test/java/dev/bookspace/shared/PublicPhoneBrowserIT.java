package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The guest's pages on a phone (375 CSS pixels, touch): nothing wider than the screen, text large enough to
 * read, every control at least 44 by 44 pixels to tap (WCAG 2.5.5; links inside a sentence are exempt), and
 * the stay picked by tapping its dates.
 */
@FullStack
@RunAsClient
class PublicPhoneBrowserIT {

    /** Each visible control smaller than 44 × 44 CSS pixels, as "what (width × height)". */
    private static final String SMALL_TARGETS = """
            const controls = 'button, .ui-button, input:not([type=hidden]), select, textarea, a.room-link, a.nearest-free, .ui-chkbox-box,'
                + ' .ui-spinner-button, .ui-selectonemenu, [role=button]';
            return [...document.querySelectorAll(controls)]
              .filter(control => control.offsetParent !== null && !control.closest('.ui-helper-hidden-accessible'))
              .map(control => [control, control.getBoundingClientRect()])
              .filter(([control, box]) => box.width < 44 || box.height < 44)
              .map(([control, box]) => (control.dataset.role || control.getAttribute('aria-label') || control.className || control.tagName)
                  + ' (' + Math.round(box.width) + ' × ' + Math.round(box.height) + ')');
            """;

    /** Each visible piece of text set smaller than 12 CSS pixels, as "its start (size)". */
    private static final String SMALL_TEXT = """
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const small = [];
            for (let text = walker.nextNode(); text; text = walker.nextNode()) {
              const element = text.parentElement;
              if (text.textContent.trim() === '' || element.offsetParent === null || element.closest('.ui-helper-hidden-accessible')) continue;
              const size = parseFloat(getComputedStyle(element).fontSize);
              if (size < 12) small.push(text.textContent.trim().substring(0, 30) + ' (' + size + ')');
            }
            return small;
            """;

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theRoomsRoomAndBookingPagesFitAPhoneAndAreEasyToTap() {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        Item garden = fixtures.item(org, "Garden Room");
        fixtures.addOn(org, room, "Breakfast", 1_450, "per_guest_night", 4);
        fixtures.addOn(org, room, "Late checkout", 2_000, "per_booking", 1);
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);
        String stay = "?check_in=" + checkIn + "&checkout=" + checkIn.plusDays(2);
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn.plusDays(5),
                checkIn.plusDays(7), "ada@example.org");
        // Booked for the stay searched, the Garden Room is listed as not offered, with its nearest free stay to tap.
        fixtures.paidBooking(org, garden, checkIn, checkIn.plusDays(2));

        try (Browser phone = Browser.open().asPhone().visit("/" + org.identifier() + "/rooms" + stay)) {
            // The stay picker by touch: one month on a phone, a tap on each date
            phone.openPicker("stay");
            WebElement arrival = phone.dayCell("stay", checkIn.plusDays(1));
            assertThat(phone.overflowWidth()).as("the open calendar fits the phone").isZero();
            assertThat(arrival.getSize().getHeight()).as("a day is big enough to tap").isGreaterThanOrEqualTo(36);
            arrival.click();
            phone.dayCell("stay", checkIn.plusDays(4)).click();
            phone.waitUntil(page -> page.currentUrl().contains("check_in=" + checkIn.plusDays(1) + "&checkout=" + checkIn.plusDays(4)));
        }

        Map<String, Object> problems = new LinkedHashMap<>();
        try (Browser phone = Browser.open().asPhone()) {
            for (String page : List.of("/" + org.identifier() + "/rooms" + stay, "/" + org.identifier() + "/rooms/" + room.id() + stay,
                    booking.guestPage())) {
                phone.visit(page);
                if (page.contains("/rooms/")) {
                    // Its spinner shows once an add-on is chosen: tap targets that appear count too.
                    phone.click("[data-role=add-on][data-name='Breakfast'] .ui-chkbox-box");
                    phone.waitUntil(browser -> !browser.attributes("[data-role=add-on-quantity]", "id").isEmpty());
                }
                if (page.endsWith("/rooms" + stay)) {
                    assertThat(phone.texts("[data-role=nearest-free-stay]")).as("the Garden Room's next free stay").hasSize(1);
                }
                if (phone.overflowWidth() > 0) {
                    problems.put(page + " is wider than the phone by", phone.overflowWidth());
                }
                problems.put(page + ": controls too small to tap", phone.script(SMALL_TARGETS));
                problems.put(page + ": text too small to read", phone.script(SMALL_TEXT));
            }
        }
        assertThat(problems).allSatisfy((what, found) -> assertThat(found).as(what).isInstanceOf(List.class).asList().isEmpty());
    }
}
