package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rooms page in headless Chromium: the stay picker (one range, nights marked and priced, the guest's week and
 * date format) updates the cards and the address, without a reload.
 */
@FullStack
@RunAsClient
class RoomsPageBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void pickingAStayInTheRangePickerUpdatesTheCardsAndTheAddress() {
        Organisation org = fixtures.organisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.item(org, "Suite");
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_3, JAN_5))) {
            assertThat(browser.roomCards()).containsExactly("Sea Room", "Suite");
            browser.script("window.stillTheSamePage = true");

            browser.pickStay("stay", JAN_2, JAN_5);

            browser.waitUntil(page -> page.roomCards().equals(List.of("Suite")));
            assertThat(browser.currentPath()).isEqualTo(roomsPath(org, JAN_2, JAN_5));
            assertThat(browser.script("return window.stillTheSamePage")).isEqualTo(true);
        }
    }

    @Test
    void typingAStayWhoseCheckoutIsBeforeItsCheckInSaysSo() {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_3, JAN_5))) {
            browser.typeInPicker("stay", american(JAN_5) + " - " + american(JAN_1));

            browser.waitUntil(page -> page.roomCards().isEmpty()
                    && page.find("search-problem").getText().equals("Checkout must be after check-in."));
        }
    }

    @Test
    void thePickerMarksNightsNobodyCanBookAndPricesTheOthersAndAClickedStaySearches() {
        Organisation org = fixtures.organisation("Harbour House");
        Item seaRoom = fixtures.item(org, "Sea Room");
        Item suite = fixtures.item(org, "Suite", 20_000);
        fixtures.paidBooking(org, seaRoom, JAN_1, JAN_3);
        fixtures.closedDates(org, suite, JAN_2, JAN_3, "Painting");

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_4, JAN_5))) {
            browser.openPicker("stay");

            // Read together: the picker draws its month again as each month's nights arrive.
            browser.waitUntil(page -> bookable(page, JAN_2).equals(List.of("false")) && price(page, JAN_2).equals("–")
                    && bookable(page, JAN_1).equals(List.of("true")) && price(page, JAN_1).equals("€200")
                    && price(page, JAN_3).equals("€120"));

            browser.dayCell("stay", JAN_1).click();
            browser.dayCell("stay", JAN_2).click();

            browser.waitUntil(page -> page.roomCards().equals(List.of("Suite")));
            assertThat(browser.currentPath()).isEqualTo(roomsPath(org, JAN_1, JAN_2));
            assertThat(browser.text("[data-role=result-count]")).isEqualTo("Free for 1 night, " + american(JAN_1) + " to " + american(JAN_2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en-GB, Mo, d MMM yyyy",
        "en-US, Su, 'MMM d, yyyy'",
    })
    void theWeekStartsOnTheGuestsFirstDayAndDatesReadAsTheGuestWritesThem(String language, String firstDay, String pattern) {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language));

        try (Browser browser = Browser.speaking(language + "," + language.substring(0, 2)).visit(roomsPath(org, JAN_1, JAN_3))) {
            assertThat(browser.attributes("input[data-role=stay]", "value")).containsExactly(format.format(JAN_1) + " - " + format.format(JAN_3));
            assertThat(browser.text("[data-role=result-count]"))
                    .isEqualTo("Free for 2 nights, " + format.format(JAN_1) + " to " + format.format(JAN_3));

            browser.openPicker("stay");

            browser.waitUntil(page -> page.texts(".p-datepicker-panel .ui-datepicker-calendar thead th").get(0).equals(firstDay));
        }
    }

    /** Whether the open picker shows the night as bookable ("true", "false"; nothing before its month is known). */
    private static List<String> bookable(Browser browser, LocalDate night) {
        return browser.attributes("[data-role=night][data-night='" + night + "']", "data-bookable");
    }

    /** The price the open picker shows under a day. */
    private static String price(Browser browser, LocalDate night) {
        return browser.text("[data-role=night][data-night='" + night + "'] [data-role=night-price]");
    }

    @Test
    void typingGuestsKeepsToTheRoomsThatSleepThemAndSaysWhyTheOthersAreNot() {
        Organisation org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");
        fixtures.item(org, "Family Room", 20_000, 4);

        try (Browser browser = Browser.open().visit(roomsPath(org, JAN_3, JAN_5))) {
            assertThat(browser.roomCards()).containsExactly("Family Room", "Sea Room");

            browser.type("guests", "3");

            browser.waitUntil(page -> page.roomCards().equals(List.of("Family Room")));
            assertThat(browser.currentPath()).isEqualTo(roomsPath(org, JAN_3, JAN_5) + "&guests=3");
            assertThat(browser.texts("[data-role=unavailable-room]")).containsExactly("Sea Room: Sleeps 2 (you are 3)");
        }
    }
}
