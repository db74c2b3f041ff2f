package dev.bookspace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A guest's mail in HTML: the same words, escaped, with their links, under the organisation's logo or name. */
class BrandedMailTest {

    @Test
    void saysTheTextWordForWordWithItsAddressesAsLinks() {
        String html = BrandedMail.html("Dear Ada <3,\n\n  Your booking: https://rooms.example/demo/bookings/BK-1?token=a&b.\n",
                new MailBrand("Harbour & Sons", "#f5d76e", null));

        assertThat(html).contains("Dear Ada &lt;3,\n\n  Your booking: <a href=\"https://rooms.example/demo/bookings/BK-1?token=a&amp;b\" "
                + "style=\"color:#0b6e4f\">https://rooms.example/demo/bookings/BK-1?token=a&amp;b</a>.\n");
        assertThat(html).as("no logo: the name, in dark text on a light brand colour")
                .contains("background:#f5d76e;color:#1a1a1a").contains(">Harbour &amp; Sons</span>");
    }

    @Test
    void showsTheLogoOnBookspacesGreenWithoutABrandColour() {
        String html = BrandedMail.html("Hello", new MailBrand("Harbour House", null, "https://rooms.example/photos/harbour/ab-logo.png"));

        assertThat(html).contains("background:#0b6e4f;color:#ffffff")
                .contains("<img src=\"https://rooms.example/photos/harbour/ab-logo.png\" alt=\"Harbour House\" height=\"48\"");
    }
}
