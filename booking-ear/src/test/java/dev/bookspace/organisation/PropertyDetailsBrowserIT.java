package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.TestMail;
import dev.bookspace.testing.Pages.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner describes the property on Settings (address, contact, hours, colour), and guests find it where they
 * look: the public pages' header and footer, their booking page with a map link and a calendar file for the stay,
 * and the confirmation e-mail.
 */
@FullStack
@RunAsClient
class PropertyDetailsBrowserIT {

    private static final String SETTINGS = "/dashboard/owner/settings.xhtml";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void guestsFindTheAddressContactAndHoursTheOwnerGaveOnTheirPagesTheirMailAndTheirCalendar() throws Exception {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        try (Browser browser = Browser.open().visit(SETTINGS)) {
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(SETTINGS));
            browser.type("property-address", "Rua do Cais 1\n1100-001 Lisboa");
            browser.type("property-phone", "+351 212 345 678");
            browser.type("property-email", "frontdesk@harbour.example");
            // A time input's keys depend on the browser's locale; a person's choice of 14:00 is this value.
            browser.script("document.querySelector('[data-role=property-check-in-from]').value = '14:00'");
            browser.type("property-brand-colour", "#1f3a93");
            browser.click("[data-role=save-property]");
            browser.waitUntil(page -> page.text("[data-role=property-messages]").equals("Property details saved."));

            browser.type("property-phone", "call us");
            browser.click("[data-role=save-property]");
            browser.waitUntil(page -> page.text("[data-role=property-phone-error]")
                    .equals("Please enter a phone number of digits, such as +351 212 345 678."));
        }

        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);
        Page rooms = Pages.get(Pages.roomsPath(org, checkIn, checkIn.plusDays(2)));
        assertThat(rooms.html().selectFirst("header.site-header").attr("style")).isEqualTo("background:#1f3a93;color:#ffffff");
        assertThat(rooms.text("footer-contact")).contains("Rua do Cais 1", "+351 212 345 678", "frontdesk@harbour.example");

        String guest = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        CardBookings.Paid booking = CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn, checkIn.plusDays(2), guest);
        Page page = Pages.get(booking.guestPage());
        assertThat(page.text("property-hours")).isEqualTo("Check-in from 14:00, checkout until 11:00.");
        assertThat(page.text("property-address")).isEqualTo("Rua do Cais 1 1100-001 Lisboa");
        assertThat(page.link("property-map")).isEqualTo("https://www.openstreetmap.org/search?query=Rua+do+Cais+1%2C+1100-001+Lisboa");
        assertThat(page.link("property-phone")).isEqualTo("tel:+351212345678");

        Pages.Answer calendar = Pages.fetch(page.link("stay-calendar"));
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.contentType()).startsWith("text/calendar");
        assertThat(calendar.body().replace("\r\n ", "")).contains("SUMMARY:Stay at Harbour House",
                "LOCATION:Rua do Cais 1\\, 1100-001 Lisboa", "UID:" + booking.reference() + "@bookspace");
        assertThat(Pages.fetch(page.link("stay-calendar").replaceAll("token=[^&]+", "token=guessed")).status())
                .as("the booking's token is the credential").isEqualTo(404);

        assertThat(TestMail.awaitBody(guest, "Your booking")).contains("Getting there:\n"
                + "  Check-in from 14:00, checkout until 11:00.\n"
                + "  Rua do Cais 1, 1100-001 Lisboa\n"
                + "  Map: https://www.openstreetmap.org/search?query=Rua+do+Cais+1%2C+1100-001+Lisboa\n"
                + "  Contact: +351 212 345 678, frontdesk@harbour.example",
                "Add the stay to your calendar: " + Pages.BASE_URL + page.link("stay-calendar"));
    }
}
