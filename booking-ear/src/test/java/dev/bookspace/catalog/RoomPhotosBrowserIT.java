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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * Staff add photos on the room's page, are told why a file that is not a photo was refused, choose the
 * cover and order them; guests then see the cover on the room's card and page through the gallery with
 * the keyboard and the buttons.
 */
@FullStack
@RunAsClient
class RoomPhotosBrowserIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private String staff;

    @BeforeEach
    void organisationWithARoomAndStaff() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        staff = fixtures.user(org, "staff", true);
    }

    @Test
    void staffUploadChooseTheCoverAndOrderAndGuestsSeeThem() {
        String path = "/dashboard/room.xhtml?id=" + room.id();
        String bedSource;
        try (Browser browser = Browser.open().visit(path)) {
            browser.signIn(staff, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals(path));

            browser.upload("photo-upload", TestPhotos.file("view.jpg", TestPhotos.jpeg(1200, 800)));
            browser.waitUntil(page -> page.texts("[data-role=photo-tile] .photo-name").equals(List.of("view.jpg")));
            browser.upload("photo-upload", TestPhotos.file("bed.png", TestPhotos.png(600, 800, false)));
            browser.waitUntil(page -> page.texts("[data-role=photo-tile] .photo-name").equals(List.of("view.jpg", "bed.png")));
            assertThat(browser.text("[data-file-name='view.jpg'] [data-role=photo-cover]")).as("the first is the cover").isEqualTo("Cover");

            browser.upload("photo-upload", TestPhotos.file("menu.jpg", "Breakfast 8-10".getBytes(StandardCharsets.UTF_8)));
            browser.waitUntil(page -> page.text("[data-role=photo-error]")
                    .equals("menu.jpg is not a JPEG, PNG or WebP image, whatever its name says; choose an image in one of those formats."));

            browser.click("[data-file-name='bed.png'] [data-role=photo-make-cover]");
            browser.waitUntil(page -> page.text("[data-file-name='bed.png'] [data-role=photo-cover]").equals("Cover")
                    && page.text("[data-file-name='view.jpg'] [data-role=photo-cover]").isEmpty());
            browser.click("[data-file-name='bed.png'] [data-role=photo-earlier]");
            browser.waitUntil(page -> page.texts("[data-role=photo-tile] .photo-name").equals(List.of("bed.png", "view.jpg")));
            bedSource = (String) browser.script(
                    "return document.querySelector(\"[data-file-name='bed.png'] img\").getAttribute('src')");
        }

        try (Browser guest = Browser.open().visit(roomsPath(org, JAN_1, JAN_3))) {
            guest.waitUntil(page -> page.find("room-cover").getAttribute("src").endsWith(bedSource));
            assertThat(guest.find("room-cover").getAttribute("alt")).isEqualTo("Sea Room");
            guest.waitUntil(page -> ((Number) page.script("return document.querySelector('[data-role=room-cover]').naturalWidth"))
                    .intValue() == 360);

            guest.click("[data-role=room-link]");
            guest.waitUntil(page -> page.text("[data-role=gallery-position]").equals("1 of 2"));
            assertThat(currentPhoto(guest)).endsWith("-large.jpg").contains(bedSource.replaceAll(".*/([0-9a-f]{32})-card.jpg", "$1"));
            guest.press("gallery", Keys.ARROW_RIGHT);
            guest.waitUntil(page -> page.text("[data-role=gallery-position]").equals("2 of 2"));
            assertThat(currentPhoto(guest)).doesNotContain(bedSource.replaceAll(".*/([0-9a-f]{32})-card.jpg", "$1"));
            guest.click("[data-role=gallery-next]");
            guest.waitUntil(page -> page.text("[data-role=gallery-position]").equals("1 of 2"));
            guest.press("gallery", Keys.ARROW_LEFT);
            guest.waitUntil(page -> page.text("[data-role=gallery-position]").equals("2 of 2"));
        }
    }

    /** The address of the gallery's photo on screen: the one displayed, the others hidden. */
    private static String currentPhoto(Browser browser) {
        return (String) browser.script("return [...document.querySelectorAll('[data-role=gallery-photo]')]"
                + ".filter(photo => getComputedStyle(photo).display !== 'none').map(photo => photo.getAttribute('src')).join(' ')");
    }
}
