package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every button's label is readable against its own colour: WCAG AA's 4.5:1, as Chromium paints them. */
@FullStack
@RunAsClient
class ButtonContrastBrowserIT {

    /** Each visible button's text, its contrast ratio to two decimals, worked out from the computed colours. */
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
            return [...document.querySelectorAll('button, .ui-button, input[type=submit], a.room-link')]
              .filter(button => button.offsetParent !== null && button.innerText.trim() !== '')
              .map(button => {
                const text = luminance(getComputedStyle(button).color), back = luminance(paintedBehind(button));
                const ratio = (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
                return button.innerText.trim() + ' ' + ratio.toFixed(2);
              });
            """;

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void theGuestsAndTheStaffsButtonsAllReachFourAndAHalfToOne() {
        Organisation org = fixtures.organisation("Harbour House");
        String room = "/" + org.identifier() + "/rooms/" + fixtures.item(org, "Sea Room").id() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3;

        try (Browser browser = Browser.open().visit(room)) {
            assertReadable(browser, "Book");
            browser.visit("/login.xhtml");
            assertReadable(browser, "Sign in");
            browser.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().startsWith("/dashboard/"));
            browser.visit("/dashboard/add-ons.xhtml");
            assertReadable(browser, "Add");
        }
    }

    /** Asserts the page shows a button starting with this label and that no button falls below 4.5:1. */
    @SuppressWarnings("unchecked")
    private static void assertReadable(Browser browser, String label) {
        List<String> contrasts = (List<String>) browser.script(CONTRASTS);
        assertThat(contrasts).as(browser.currentPath()).anyMatch(button -> button.startsWith(label));
        assertThat(contrasts).as(browser.currentPath())
                .allSatisfy(button -> assertThat(Double.parseDouble(button.substring(button.lastIndexOf(' ') + 1)))
                        .as(button).isGreaterThanOrEqualTo(4.5));
    }
}
