package dev.bookspace.notification;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A guest reads their e-mails in the language of the page they booked on, with that language's dates and money,
 * in the text and in the branded HTML part; a booking made in English reads as it always did, and a French guest
 * whose booking staff cancel is told so in French. A guest whose booking names no language (staff took it at the desk)
 * reads the organisation's default language, as its staff's notification does.
 */
@FullStack
@RunAsClient
class GuestLanguageMailIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;

    @BeforeEach
    void aPayOnArrivalHouseWithARoomAt625ANight() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room", 62_500);
    }

    @Test
    void aGuestBookingFromAGermanPageIsConfirmedInGerman() throws InterruptedException {
        fixtures.cancellationPolicy(org, "7:100,0:50");
        String guest = bookOnThePage(Browser.speaking("de-DE,de"));

        TestMail.Mail mail = TestMail.awaitMail(guest, "Ihre Buchung bei Harbour House (");
        String checkIn = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN).format(JAN_1);
        assertThat(mail.body()).contains("Guten Tag Ada Lovelace,", "vielen Dank für Ihre Buchung bei Harbour House.",
                "Anreise:        " + checkIn, "  2 Nächte × 625,00\u00a0€: 1.250,00\u00a0€", "Gesamtbetrag: 1.250,00\u00a0€",
                "Ihre Buchung, jederzeit: http")
                .contains("Stornobedingungen:", "  Stornierung bis 7 Tage vor der Anreise: volle Erstattung.")
                .containsPattern("(?m)^Status: +Zahlung bei Anreise\\r?$")
                .contains(" Januar ");
        assertThat(mail.html()).contains("vielen Dank für Ihre Buchung bei Harbour House.", "1.250,00\u00a0€", checkIn);
    }

    @Test
    void aGuestBookingFromAnEnglishPageIsConfirmedAsBefore() throws InterruptedException {
        String guest = bookOnThePage(Browser.speaking("en-GB,en"));

        TestMail.Mail mail = TestMail.awaitMail(guest, "Your booking at Harbour House (");
        assertThat(mail.body()).contains("Dear Ada Lovelace,", "thank you for booking with Harbour House.",
                "Check-in:  " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(JAN_1),
                "Total: €1,250.00").containsPattern("(?m)^Status: {4}Pay on arrival\\r?$");
        assertThat(mail.html()).contains("thank you for booking with Harbour House.", "€1,250.00");
    }

    @Test
    void aGuestBookedAtTheDeskOfAGermanHouseIsConfirmedInGerman() throws InterruptedException {
        fixtures.defaultLanguage(org, "de");
        String guest = guestAddress();
        String newBooking = "/dashboard/new-booking.xhtml?check_in=" + JAN_1 + "&checkout=" + JAN_3;
        try (Browser browser = Browser.open().visit(newBooking)) {
            browser.signIn(fixtures.user(org, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentUrl().endsWith(newBooking));
            browser.choose("room-choice", "Sea Room (up to 2), €1,250.00");
            browser.waitUntil(page -> page.text("[data-role=total]").equals("€1,250.00"));
            browser.type("guest-name", "Ada Lovelace");
            browser.type("guest-email", guest);
            browser.type("guest-phone", "+351 912 345 678");
            browser.click("[data-role=book]");
            browser.waitUntil(page -> page.currentPath().startsWith("/dashboard/booking.xhtml?ref="));
        }

        TestMail.Mail mail = TestMail.awaitMail(guest, "Ihre Buchung bei Harbour House (");
        assertThat(mail.body()).contains("Guten Tag Ada Lovelace,", "Gesamtbetrag: 1.250,00\u00a0€");
        TestMail.Mail staff = TestMail.awaitMail(Fixtures.notificationAddress(org), "Neue Buchung ");
        assertThat(staff.subject()).endsWith(": Sea Room");
        assertThat(staff.body()).contains("Ada Lovelace hat Sea Room gebucht.", "Gesamtbetrag: 1.250,00\u00a0€");
    }

    @Test
    void staffCancellingAFrenchGuestsBookingTellThemInFrench() throws InterruptedException {
        Organisation cards = fixtures.cardOrganisation("Maison du Port");
        Item seaRoom = fixtures.item(cards, "Sea Room", 62_500);
        String guest = guestAddress();
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);
        CardBookings.Paid booking = CardBookings.paid(fixtures, cards, fixtures.apiKey(cards), seaRoom, checkIn,
                checkIn.plusDays(2), guest, "fr");
        assertThat(TestMail.awaitBody(guest, "Votre réservation chez Maison du Port")).contains("Payé par carte.");

        try (Browser browser = Browser.open().visit("/dashboard/booking.xhtml?ref=" + booking.reference())) {
            browser.signIn(fixtures.user(cards, "staff", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=booking-reference]").equals(booking.reference()));
            browser.click("[data-role=cancel-booking]");
            browser.waitUntil(page -> page.find("confirm-cancel").isDisplayed());
            browser.click("[data-role=confirm-cancel]");
            browser.waitUntil(page -> page.text("[data-role=booking-status]").equals("Cancelled"));
        }

        String cancelled = TestMail.awaitBody(guest, "Réservation annulée chez Maison du Port (" + booking.reference() + ")");
        assertThat(cancelled).contains("Bonjour Ada Lovelace,",
                "Maison du Port a annulé votre réservation.",
                "Arrivée :    " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(checkIn),
                "1\u202f250,00\u00a0€ vous sont remboursés sur votre carte ;")
                .containsPattern("(?m)^Statut : +Annulée\\r?$");
    }

    /** Books the room for two on its page in this browser, paying on arrival; answers the guest's address. */
    private String bookOnThePage(Browser browser) {
        String guest = guestAddress();
        try (browser) {
            browser.visit("/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3);
            browser.type("guest-email", guest);
            browser.type("guest-name", "Ada Lovelace");
            browser.type("guest-phone", "+44 20 7946 0000");
            browser.click("[data-role=accept-terms] .ui-chkbox-box");
            browser.click("[data-role=book]");
            browser.waitUntil(page -> page.currentPath().startsWith("/" + org.identifier() + "/bookings/"));
        }
        return guest;
    }

    private static String guestAddress() {
        return "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
