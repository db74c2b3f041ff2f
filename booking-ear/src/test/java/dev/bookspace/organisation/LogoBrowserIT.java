package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.catalog.TestPhotos;
import dev.bookspace.testing.Browser;
import dev.bookspace.testing.CardBookings;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.TestMail;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner uploads the property's logo on Settings (and is told why a file that is no image was refused);
 * the public pages' header and the guest's confirmation e-mail then wear it, on the brand colour; removed,
 * it is gone from both.
 */
@FullStack
@RunAsClient
class LogoBrowserIT {

    private static final String SETTINGS = "/dashboard/owner/settings.xhtml";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theOwnersLogoShowsOnThePublicPagesAndInTheGuestsMailUntilRemoved() throws Exception {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        Item room = fixtures.item(org, "Sea Room");
        LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(20);
        String rooms = Pages.roomsPath(org, checkIn, checkIn.plusDays(2));
        String ownerEmail = fixtures.user(org, "owner", true);
        String logo;
        try (Browser owner = Browser.open().visit(SETTINGS)) {
            owner.signIn(ownerEmail, Fixtures.PASSWORD);
            owner.waitUntil(page -> page.currentPath().equals(SETTINGS));
            assertThat(owner.text("[data-role=no-logo]")).startsWith("No logo yet");
            owner.type("property-brand-colour", "#1f3a93");
            owner.click("[data-role=save-property]");
            owner.waitUntil(page -> page.text("[data-role=property-messages]").equals("Property details saved."));

            owner.upload("logo-upload", TestPhotos.file("menu.png", "Breakfast 8-10".getBytes(StandardCharsets.UTF_8)));
            owner.waitUntil(page -> page.text("[data-role=logo-error]")
                    .equals("menu.png is not a JPEG, PNG or WebP image, whatever its name says; choose an image in one of those formats."));

            owner.upload("logo-upload", TestPhotos.file("harbour.png", TestPhotos.png(600, 200, true)));
            owner.waitUntil(page -> page.text("[data-role=logo-messages]")
                    .equals("Logo saved: your public pages and e-mails show it now."));
            assertThat(owner.text("[data-role=logo-error]")).isEmpty();
            logo = owner.find("logo-preview").getAttribute("src").replaceFirst("^https?://[^/]+", "");
            assertThat(logo).matches("/photos/" + org.identifier() + "/[0-9a-f]{32}-logo\\.png");
        }

        try (Browser guest = Browser.open().visit(rooms)) {
            assertThat(guest.find("brand-logo").getAttribute("src")).endsWith(logo);
            guest.waitUntil(page -> ((Number) page.script(
                    "return document.querySelector('[data-role=brand-logo]').naturalHeight")).intValue() == 96);
            assertThat(((Number) guest.script("return document.querySelector('[data-role=brand-logo]').naturalWidth")).intValue())
                    .as("fitted into 480 × 96, its proportions kept").isEqualTo(288);
            assertThat(((Number) guest.script("return document.querySelector('[data-role=brand-logo]').getBoundingClientRect().height"))
                    .doubleValue()).as("shown 48 pixels high").isEqualTo(48.0);
        }
        assertThat(Pages.fetch(logo).contentType()).isEqualTo("image/png");
        assertThat(Pages.fetch(logo.replace("/" + org.identifier() + "/", "/" + fixtures.organisation("Other Inn").identifier() + "/"))
                .status()).as("another organisation's address has no such logo").isEqualTo(404);

        String guestEmail = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        CardBookings.paid(fixtures, org, fixtures.apiKey(org), room, checkIn, checkIn.plusDays(2), guestEmail);
        String text = TestMail.awaitBody(guestEmail, "Your booking");
        TestMail.Mail mail = TestMail.to(guestEmail).get(0);
        assertThat(text).startsWith("Dear ").doesNotContain("<");
        assertThat(mail.html()).as("the HTML part wears the brand and says the same words")
                .contains("background:#1f3a93;color:#ffffff")
                .contains("<img src=\"" + Pages.BASE_URL + logo + "\" alt=\"Harbour House\"")
                .contains("thank you for booking with Harbour House");

        try (Browser owner = Browser.open().visit(SETTINGS)) {
            owner.signIn(ownerEmail, Fixtures.PASSWORD);
            owner.waitUntil(page -> page.currentPath().equals(SETTINGS));
            owner.click("[data-role=remove-logo]");
            owner.waitUntil(page -> page.text("[data-role=logo-messages]").equals("Logo removed."));
            assertThat(owner.text("[data-role=no-logo]")).startsWith("No logo yet");
        }
        assertThat(Pages.get(rooms).html().select("[data-role=brand-logo]")).isEmpty();
        assertThat(Pages.fetch(logo).status()).as("the old address serves nothing").isEqualTo(404);
    }
}
