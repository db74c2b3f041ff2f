package dev.bookspace.catalog;

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
import dev.bookspace.testing.Pages.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff manage rooms and add-ons in the dashboard, and guests see the result on the public pages. */
@FullStack
@RunAsClient
class DashboardRoomsBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private String staff;

    @BeforeEach
    void organisationWithStaff() {
        org = fixtures.organisation("Harbour House");
        staff = fixtures.user(org, "staff", true);
    }

    @Test
    void staffAddARoomThatGuestsThenFind() {
        try (Browser browser = signedIn("/dashboard/rooms.xhtml")) {
            browser.click("[data-role=new-room]");
            browser.type("room-title-input", "Lighthouse Loft");
            browser.type("room-description-input", "Open-plan, with a view of the lighthouse.");
            assertThat(browser.text("[data-role=currency-symbol]")).as("the organisation's currency by the field").isEqualTo("€");
            browser.type("room-price-input", "180,50");
            browser.click("[data-role=save-room]");
            browser.waitUntil(page -> page.text("[data-role=room-row]").equals("Lighthouse Loft"));
            assertThat(browser.text("[data-role=rooms-messages]")).isEqualTo("Lighthouse Loft saved.");
        }

        Page rooms = Pages.get(roomsPath(org, JAN_1, JAN_3));
        assertThat(rooms.roomCards()).containsExactly("Lighthouse Loft");
        assertThat(rooms.text("stay-total")).isEqualTo("€361.00");
    }

    @Test
    void refusesAnEmptyTitleAndMalformedPrices() {
        try (Browser browser = signedIn("/dashboard/room.xhtml")) {
            browser.type("room-price-input", "a lot");
            browser.click("[data-role=save-room]");
            browser.waitUntil(page -> page.text("[data-role=title-error]").equals("Please give the room a title.")
                    && page.text("[data-role=price-error]").equals("Enter a price such as 120.00 or 120,00."));

            browser.type("room-title-input", "Sea Room");
            browser.type("room-price-input", "99.999");
            browser.click("[data-role=save-room]");
            browser.waitUntil(page -> page.text("[data-role=price-error]").equals("Amounts in EUR have at most 2 decimals."));
        }
        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).isEmpty();
    }

    @Test
    void aHiddenRoomLeavesThePublicPagesUntilMadeBookableAgain() {
        Item room = fixtures.item(org, "Sea Room");

        try (Browser browser = signedIn("/dashboard/room.xhtml?id=" + room.id())) {
            browser.click("[data-role=toggle-room]");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/rooms.xhtml"));
            assertThat(browser.text("[data-role=rooms-messages]")).isEqualTo("Sea Room is hidden from guests now.");
            assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).isEmpty();

            browser.visit("/dashboard/room.xhtml?id=" + room.id());
            browser.click("[data-role=toggle-room]");
            browser.waitUntil(page -> page.currentPath().equals("/dashboard/rooms.xhtml"));
            assertThat(browser.text("[data-role=rooms-messages]")).isEqualTo("Sea Room is bookable again.");
        }
        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Sea Room");
    }

    @Test
    void anAddOnIsOfferedToGuestsChangedByStaffAndWithdrawn() {
        Item room = fixtures.item(org, "Sea Room");
        String roomPage = "/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3;

        try (Browser browser = signedIn("/dashboard/add-ons.xhtml?room=" + room.id())) {
            browser.type("add-on-name-input", "Breakfast");
            browser.type("add-on-price-input", "12.00");
            browser.click("[data-role=add-add-on]");
            browser.waitUntil(page -> page.text("[data-role=add-on-row]").equals("Breakfast"));
            assertThat(Pages.get(roomPage).html().select("[data-role=add-on]").eachAttr("data-name")).containsExactly("Breakfast");

            browser.click("[data-role=edit-add-on]");
            browser.waitUntil(page -> page.text("[data-role=add-on-form-title]").equals("Change Breakfast"));
            assertThat(browser.find("add-on-price-input").getAttribute("value")).isEqualTo("12.00");
            browser.type("add-on-price-input", "14.50");
            browser.pick("add-on-pricing", "per guest per night (breakfast)");
            browser.click("[data-role=add-add-on]");
            browser.waitUntil(page -> page.text("[data-role=add-on-messages]").equals("Breakfast saved."));
            assertThat(browser.text("[data-role=add-on-form-title]")).isEqualTo("New add-on");
            assertThat(Pages.get(roomPage).html().select("[data-role=add-on]").text())
                    .isEqualTo("Breakfast, €14.50 per guest per night");

            browser.click("[data-role=withdraw-add-on]");
            browser.click("[data-role=confirm-yes]");
            browser.waitUntil(page -> page.text("[data-role=add-on-row]").isEmpty());
        }
        assertThat(Pages.get(roomPage).html().select("[data-role=add-on]")).isEmpty();
    }

    @Test
    void anotherOrganisationsRoomIsNotFound() {
        Item theirs = fixtures.item(fixtures.organisation("Elsewhere"), "Their Loft");

        try (Browser browser = signedIn("/dashboard/room.xhtml?id=" + theirs.id())) {
            assertThat(browser.text("[data-role=not-found]")).startsWith("We could not find that page.");
            browser.visit("/dashboard/add-ons.xhtml?room=" + theirs.id());
            assertThat(browser.text("[data-role=not-found]")).startsWith("We could not find that page.");
        }
    }

    /** A browser signed in as the organisation's staff, on the given dashboard page. */
    private Browser signedIn(String path) {
        Browser browser = Browser.open().visit(path);
        browser.signIn(staff, Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(path));
        return browser;
    }
}
