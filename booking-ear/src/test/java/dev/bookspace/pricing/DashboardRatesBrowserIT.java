package dev.bookspace.pricing;

import static dev.bookspace.testing.Stays.JAN_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff manage rates on the rates page, see each night's price in the month view, and guests pay it. */
@FullStack
@RunAsClient
class DashboardRatesBrowserIT {

    private static final LocalDate JAN_10 = JAN_1.plusDays(9);
    private static final LocalDate JAN_20 = JAN_1.plusDays(19);
    private static final String RATES = "/dashboard/rates.xhtml?month=" + YearMonth.from(JAN_1);


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private String staff;

    @BeforeEach
    void organisationWithARoomAndStaff() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room", 10_000);
        staff = fixtures.user(org, "staff", true);
    }

    @Test
    void aSeasonSavedOnTheRatesPageShowsInTheMonthAndPricesAGuestsStay() {
        try (Browser browser = signedIn(RATES)) {
            assertThat(browser.text(night(JAN_10))).isEqualTo("€100.00");
            assertThat(browser.script("return [...document.querySelectorAll('.rate-month td, .rate-month th')]"
                    + ".filter(cell => cell.scrollWidth > cell.clientWidth).map(cell => cell.innerText)")).asList()
                    .as("the month's prices and rooms cut short by their cells").isEmpty();
            assertThat(browser.script("return [...document.querySelectorAll('.ui-selectmanycheckbox > div')].filter(day => {"
                    + " const box = day.querySelector('.ui-chkbox-box').getBoundingClientRect(),"
                    + " name = day.querySelector('label').getBoundingClientRect();"
                    + " return name.top >= box.bottom || box.top >= name.bottom; }).map(day => day.innerText)")).asList()
                    .as("weekdays to tick whose box a line break parts from its name").isEmpty();

            saveSeason(browser, "Winter fair", "season-room-price", "150");
            assertThat(browser.text("[data-role=season-row]")).isEqualTo("Winter fair");
            assertThat(browser.text("[data-role=season-nights]")).isEqualTo(JAN_10 + " to " + JAN_20);
            assertThat(browser.text(night(JAN_10.minusDays(1)))).isEqualTo("€100.00");
            assertThat(browser.text(night(JAN_10))).isEqualTo("€150.00");
            assertThat(browser.text(night(JAN_20))).isEqualTo("€150.00");
            assertThat(browser.text(night(JAN_20.plusDays(1)))).isEqualTo("€100.00");
        }

        Pages.Page roomPage = Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + JAN_10.minusDays(1)
                + "&checkout=" + JAN_10.plusDays(2));
        assertThat(roomPage.html().select("[data-role=price-line]").eachText())
                .containsExactly("1 night × €100.00 €100.00", "2 nights × €150.00 (Winter fair) €300.00");
    }

    @Test
    void refusesAnUnnamedSeasonALastNightBeforeTheFirstAndOverlappingSeasonsBesideTheirFields() {
        fixtures.season(org, "High season", JAN_10, JAN_20, null);

        try (Browser browser = signedIn(RATES)) {
            browser.typeDate("season-first-night", JAN_20);
            browser.typeDate("season-last-night", JAN_10);
            browser.click("[data-role=save-season]");
            browser.waitUntil(page -> page.text("[data-role=season-name-error]").equals("Please name the season."));

            browser.type("season-name-input", "Fair");
            browser.click("[data-role=save-season]");
            browser.waitUntil(page -> page.text("[data-role=season-last-night-error]")
                    .equals("The last night cannot be before the first."));

            browser.typeDate("season-first-night", JAN_20);
            browser.typeDate("season-last-night", JAN_20.plusDays(3));
            browser.click("[data-role=save-season]");
            browser.waitUntil(page -> page.text("[data-role=season-first-night-error]").startsWith("These nights overlap High season"));
            assertThat(browser.texts("[data-role=season-row]")).containsExactly("High season");
        }
    }

    @Test
    void aWeekendRateADiscountAndACityTaxAreSavedAndPriced() {
        try (Browser browser = signedIn(RATES)) {
            browser.type("weekday-name-input", "Weekend");
            // The weekdays from Monday, so the fifth box is Friday.
            browser.click("label[for='weekday:nights:4']");
            browser.type("weekday-room-price", "130");
            browser.click("[data-role=save-weekday-rate]");
            browser.waitUntil(page -> page.text("[data-role=rates-messages]").contains("Saved the rate Weekend."));
            assertThat(browser.text("[data-role=weekday-rate-row]")).isEqualTo("Weekend");

            browser.type("discount-percent-input", "150");
            browser.click("[data-role=add-discount]");
            browser.waitUntil(page -> page.text("[data-role=discount-percent-error]").equals("A discount takes less than 100 % off."));
            browser.type("discount-percent-input", "10");
            browser.click("[data-role=add-discount]");
            browser.waitUntil(page -> page.text("[data-role=discount-row]").equals("7 nights or more: 10 % off"));

            browser.type("charge-name-input", "City tax");
            browser.type("charge-amount-input", "2.50");
            browser.click("[data-role=add-charge]");
            browser.waitUntil(page -> page.text("[data-role=charge-charged]").equals("€2.50 per guest per night"));
        }

        LocalDate friday = JAN_1.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Pages.Page roomPage = Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + friday
                + "&checkout=" + friday.plusDays(7) + "&guests=2");
        assertThat(roomPage.html().select("[data-role=price-line]").eachText()).containsExactly(
                "1 night × €130.00 (Weekend) €130.00", "6 nights × €100.00 €600.00", "7 nights or more: 10 % off -€73.00",
                "City tax (2 guests × 7 nights × €2.50) €35.00");
        assertThat(roomPage.text("total")).isEqualTo("€692.00");
    }

    @Test
    void aSeasonForEveryRoomACleaningFeeAndAnAddedTaxAreSavedOnThePageAndPriced() {
        try (Browser browser = signedIn(RATES)) {
            saveSeason(browser, "Winter fair", "season-percent-input", "20");
            addCharge(browser, "Cleaning", "per booking (a cleaning fee)", "charge-amount-input", "30");
            addCharge(browser, "Tourism levy", "a percentage added to prices", "charge-percent-input", "5");
        }

        Pages.Page roomPage = Pages.get("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + JAN_10
                + "&checkout=" + JAN_10.plusDays(2) + "&guests=2");
        // €100.00 a night, 20 % over in the fair; the levy is 5 % of the nights and the fee.
        assertThat(roomPage.html().select("[data-role=price-line]").eachText()).containsExactly(
                "2 nights × €120.00 (Winter fair) €240.00", "Cleaning €30.00", "Tourism levy 5 % €13.50");
        assertThat(roomPage.text("total")).isEqualTo("€283.50");
    }

    @Test
    void stayRulesAreRefusedBesideTheirFieldsThenSavedAndHoldForGuests() {
        try (Browser browser = signedIn(RATES)) {
            browser.type("min-nights-input", "4");
            browser.type("max-nights-input", "3");
            browser.click("[data-role=save-stay-rules]");
            browser.waitUntil(page -> page.text("[data-role=max-nights-error]")
                    .equals("The maximum cannot be fewer nights than the minimum."));

            browser.type("max-nights-input", "14");
            // The weekdays from Monday, so the seventh box is Sunday.
            browser.click("label[for='stay-rules:closedArrivals:6']");
            browser.click("[data-role=save-stay-rules]");
            browser.waitUntil(page -> page.text("[data-role=rates-messages]").contains("Saved the stay rules"));
        }

        LocalDate sunday = JAN_1.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        assertThat(Pages.get(Pages.roomsPath(org, sunday, sunday.plusDays(5))).text("search-problem"))
                .isEqualTo("No arrivals on Sundays.");
        assertThat(Pages.get(Pages.roomsPath(org, sunday.plusDays(1), sunday.plusDays(3))).text("search-problem"))
                .isEqualTo("Minimum 4 nights.");
        assertThat(fixtures.auditLog(org)).singleElement().asString().startsWith("stay_rules.changed by person " + staff);
    }

    private static String night(LocalDate date) {
        return "[data-role=night-price][data-night$=' " + date + "']";
    }

    /** Saves a season for the nights of {@code JAN_10} to {@code JAN_20}, its price in one field. */
    private static void saveSeason(Browser browser, String name, String priceField, String price) {
        browser.type("season-name-input", name);
        browser.typeDate("season-first-night", JAN_10);
        browser.typeDate("season-last-night", JAN_20);
        browser.type(priceField, price);
        browser.click("[data-role=save-season]");
        browser.waitUntil(page -> page.text("[data-role=rates-messages]").contains("Saved the season " + name + "."));
    }

    /** Adds a tax or fee of this kind (as the menu says it), its amount or percentage in one field. */
    private static void addCharge(Browser browser, String name, String kind, String field, String value) {
        browser.type("charge-name-input", name);
        browser.choose("charge-kind", kind);
        browser.type(field, value);
        browser.click("[data-role=add-charge]");
        browser.waitUntil(page -> page.texts("[data-role=charge-row]").contains(name));
    }

    private Browser signedIn(String path) {
        Browser browser = Browser.open().visit(path);
        browser.signIn(staff, Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(path));
        return browser;
    }
}
