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

/**
 * Every public page and the dashboard's main pages pass axe-core's WCAG 2.1 AA rules with no critical and no
 * serious violation, as Chromium renders them with real data: a room with photos' worth of add-ons, a paid
 * booking, the calendar with it.
 */
@FullStack
@RunAsClient
class AccessibilityBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void guestsPagesHaveNoCriticalOrSeriousViolation() {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.addOn(org, room, "Breakfast", 1450, "per_guest_night", 4);
        fixtures.addOn(org, room, "Late checkout", 2000, "per_booking", 1);
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);
        String stay = "?check_in=" + checkIn + "&checkout=" + checkIn.plusDays(2);
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn.plusDays(5),
                checkIn.plusDays(7), "ada@example.org");

        Map<String, List<String>> violations = new LinkedHashMap<>();
        try (Browser guest = Browser.open()) {
            for (String page : List.of("/" + org.identifier() + "/rooms" + stay, "/" + org.identifier() + "/rooms",
                    "/" + org.identifier() + "/rooms/" + room.id() + stay, booking.guestPage(), "/login.xhtml", "/signup.xhtml",
                    "/forgot-password.xhtml")) {
                guest.visit(page);
                violations.put(page, guest.accessibilityViolations());
            }
        }
        assertThat(violations).as("critical and serious violations by page").allSatisfy((page, found) -> assertThat(found).isEmpty());
    }

    @Test
    void theDashboardsMainPagesHaveNoCriticalOrSeriousViolation() {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        fixtures.addOn(org, room, "Breakfast", 1450, "per_guest_night", 4);
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(2);
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn, checkIn.plusDays(2),
                "ada@example.org");

        Map<String, List<String>> violations = new LinkedHashMap<>();
        try (Browser staff = Browser.open().visit("/dashboard/")) {
            staff.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            staff.waitUntil(page -> page.currentPath().startsWith("/dashboard/"));
            for (String page : List.of("/dashboard/", "/dashboard/bookings.xhtml", "/dashboard/booking.xhtml?ref=" + booking.reference(),
                    "/dashboard/new-booking.xhtml", "/dashboard/calendar.xhtml", "/dashboard/rooms.xhtml",
                    "/dashboard/room.xhtml?id=" + room.id(), "/dashboard/add-ons.xhtml?room=" + room.id(), "/dashboard/rates.xhtml",
                    "/dashboard/balances.xhtml", "/dashboard/owner/settings.xhtml", "/dashboard/owner/staff.xhtml",
                    "/dashboard/owner/api-keys.xhtml")) {
                staff.visit(page);
                violations.put(page, staff.accessibilityViolations());
            }
        }
        assertThat(violations).as("critical and serious violations by page").allSatisfy((page, found) -> assertThat(found).isEmpty());
    }
}
