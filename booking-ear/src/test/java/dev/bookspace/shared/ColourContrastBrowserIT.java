package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Words drawn on a colour of their own are readable against it, WCAG AA's 4.5:1 as Chromium paints them: every
 * button's label, and every stay on the occupancy calendar, whose bar is coloured by how the booking stands.
 */
@FullStack
@RunAsClient
class ColourContrastBrowserIT {

    /** Each visible element the CSS selector (the script's argument) finds: its text, its contrast ratio to two decimals. */
    private static final String CONTRASTS = """
            const luminance = rgb => {
              const [r, g, b] = rgb.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const paintedBehind = element => {
              for (let e = element; e; e = e.parentElement) {
                const colour = getComputedStyle(e).backgroundColor;
                if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
              }
              return 'rgb(255, 255, 255)';
            };
            return [...document.querySelectorAll(arguments[0])]
              .filter(element => element.offsetParent !== null && element.innerText.trim() !== '')
              .map(element => {
                const text = luminance(getComputedStyle(element).color), back = luminance(paintedBehind(element));
                const ratio = (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
                return element.innerText.trim() + ' ' + ratio.toFixed(2);
              });
            """;
    private static final String BUTTONS = "button, .ui-button, input[type=submit], a.room-link";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theGuestsAndTheStaffsButtonsAllReachFourAndAHalfToOne() {
        Organisation org = fixtures.organisation("Harbour House");
        String room = "/" + org.identifier() + "/rooms/" + fixtures.item(org, "Sea Room").id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3;

        try (Browser browser = Browser.open().visit(room)) {
            assertReadable(browser, BUTTONS, List.of("Book"));
            browser.visit("/login.xhtml");
            assertReadable(browser, BUTTONS, List.of("Sign in"));
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().startsWith("/dashboard/"));
            browser.visit("/dashboard/add-ons.xhtml");
            assertReadable(browser, BUTTONS, List.of("Add"));
        }
    }

    @Test
    void everyStayOnTheCalendarIsReadOnItsColour() {
        Organisation org = fixtures.organisation("Harbour House");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        Item sea = fixtures.item(org, "Sea Room");
        Item garden = fixtures.item(org, "Garden Room");
        fixtures.guestNamed(fixtures.paidBooking(org, sea, today, today.plusDays(2)), "Paula Paid");
        fixtures.guestNamed(fixtures.booking(org, sea, "unpaid", today.plusDays(3), today.plusDays(5), null), "Otto Onarrival");
        fixtures.guestNamed(fixtures.unpaidHold(org, garden, today.plusDays(1), today.plusDays(3),
                Instant.now().plusSeconds(3_600)), "Hana Held");
        // The calendar colours a stay by its status; one that ended before this week's Monday would be off it.
        fixtures.guestNamed(fixtures.booking(org, garden, "complete", today.plusDays(4), today.plusDays(6), null), "Carl Complete");

        try (Browser browser = Browser.open().visit("/dashboard/calendar.xhtml")) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.texts("[data-role=calendar-stay]").stream().filter(shown -> !shown.isBlank()).count() == 4);
            assertReadable(browser, "[data-role=calendar-stay]", List.of("Paula", "Otto", "Hana", "Carl"));
        }
    }

    /** Asserts the page shows an element starting with each of these words and that none falls below 4.5:1. */
    @SuppressWarnings("unchecked")
    private static void assertReadable(Browser browser, String selector, List<String> starts) {
        List<String> contrasts = (List<String>) browser.script(CONTRASTS, selector);
        for (String start : starts) {
            assertThat(contrasts).as(browser.currentPath()).anyMatch(shown -> shown.startsWith(start));
        }
        assertThat(contrasts).as(browser.currentPath())
                .allSatisfy(shown -> assertThat(Double.parseDouble(shown.substring(shown.lastIndexOf(' ') + 1)))
                        .as(shown).isGreaterThanOrEqualTo(4.5));
    }
}
