package dev.bookspace.organisation;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner's own site, served by a second HTTP server on another port (another origin), with the snippet the
 * dashboard gives: the widget shows the free rooms, searches other dates, and hands a room over to its booking
 * page on Bookspace. The same page from an origin the owner did not list shows no widget.
 */
@FullStack
@RunAsClient
class BookingWidgetBrowserIT {

    private static final String WIDGET_SETTINGS = "/dashboard/owner/widget.xhtml";
    private static final String FRAME = "iframe[data-bookspace-widget]";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private HttpServer ownersSite;

    @AfterEach
    void closeTheOwnersSite() {
        if (ownersSite != null) {
            ownersSite.stop(0);
        }
    }

    @Test
    void theWidgetOnTheOwnersSiteSearchesAndHandsTheRoomOverToItsBookingPage() throws IOException {
        Organisation org = fixtures.organisation("Harbour House");
        Item seaRoom = fixtures.item(org, "Sea Room");
        Item suite = fixtures.item(org, "Suite");
        fixtures.item(org, "Attic", 9_000, 1);
        fixtures.paidBooking(org, seaRoom, JAN_1, JAN_3);
        String snippet;
        int port;
        try (Browser owner = Browser.open().visit(WIDGET_SETTINGS)) {
            owner.signIn(fixtures.user(org, "owner", true), Fixtures.PASSWORD);
            owner.waitUntil(page -> page.currentPath().equals(WIDGET_SETTINGS));
            snippet = owner.text("[data-role=widget-snippet]");
            assertThat(snippet).isEqualTo("<script src=\"" + Pages.BASE_URL + "/widget.js\" data-organisation=\""
                    + org.identifier() + "\" async></script>");
            port = serveTheOwnersSite(snippet);

            owner.type("widget-origins", "http://localhost:" + port + "/book");
            owner.click("[data-role=save-widget-origins]");
            owner.waitUntil(page -> page.text("[data-role=widget-origins-error]").equals("http://localhost:" + port
                    + "/book: give the site without a path, as http://localhost:" + port + "; the browser tells the widget"
                    + " only which site it is on."));

            owner.type("widget-origins", "http://localhost:" + port);
            owner.click("[data-role=save-widget-origins]");
            owner.waitUntil(page -> page.text("[data-role=widget-messages]").equals("Saved: the widget shows on these sites."));
        }

        try (Browser visitor = Browser.speaking("en-GB,en").open("http://localhost:" + port + "/")) {
            visitor.intoFrame(FRAME);
            visitor.waitUntil(page -> page.roomCards().size() == 3);
            assertThat(visitor.roomCards()).containsExactly("Attic", "Sea Room", "Suite");
            assertThat(visitor.texts("[data-role=nightly-price]")).containsExactly("€90.00", "€120.00", "€120.00");
            // the frame is as tall as the widget, told so by the widget (it starts at 420 pixels)
            visitor.waitUntil(page -> Boolean.TRUE.equals(page.script("return Math.abs(window.innerHeight"
                    + " - Math.ceil(document.documentElement.getBoundingClientRect().height)) <= 1")));

            visitor.type("guests", "2");
            visitor.waitUntil(page -> page.roomCards().equals(List.of("Sea Room", "Suite")));
            DateTimeFormatter british = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
            visitor.typeInPicker("stay", british.format(JAN_2) + " - " + british.format(JAN_5));
            visitor.waitUntil(page -> page.roomCards().equals(List.of("Suite")));
            // a press of the mouse beside the calendar (on the page's background) closes it, as a visitor's does, once it
            // has opened; pressed again until nothing lies over the room's link
            visitor.waitUntil(page -> Boolean.TRUE.equals(page.script(
                    "document.body.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));"
                    + " var link = document.querySelector('[data-role=room-link]');"
                    + " link.scrollIntoView({block: 'center'});"
                    + " var box = link.getBoundingClientRect();"
                    + " return link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));")));

            visitor.click("[data-role=room-link]");
            visitor.outOfFrames();
            String roomPage = Pages.BASE_URL + "/" + org.identifier() + "/rooms/" + suite.id();
            visitor.waitUntil(page -> page.text("[data-role=room-title]").equals("Suite"));
            assertThat(visitor.currentUrl()).isEqualTo(roomPage + "?check_in=" + JAN_2 + "&checkout=" + JAN_5 + "&guests=2");
            assertThat(visitor.attributes("input[data-role=guests]", "value")).containsExactly("2");
            assertThat(visitor.attributes("input[data-role=stay]", "value"))
                    .containsExactly(british.format(JAN_2) + " - " + british.format(JAN_5));
        }

        try (Browser elsewhere = Browser.open().open("http://127.0.0.1:" + port + "/")) {
            elsewhere.intoFrame(FRAME);
            elsewhere.waitUntil(page -> Boolean.TRUE.equals(page.script(
                    "return document.readyState === 'complete' && location.href !== 'about:blank'")));
            assertThat(elsewhere.texts("[data-role=stay]")).as("a site not listed shows no search form").isEmpty();
            assertThat(elsewhere.roomCards()).isEmpty();
        }
    }

    /** The owner's site: one page with the snippet pasted in it, on a port of its own; its port. */
    private int serveTheOwnersSite(String snippet) throws IOException {
        ownersSite = HttpServer.create(new InetSocketAddress(0), 0);
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>Harbour House</title></head><body>"
                + "<h1>Harbour House</h1><p>Rooms by the sea.</p>" + snippet + "<p>See you soon.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        ownersSite.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        ownersSite.start();
        return ownersSite.getAddress().getPort();
    }
}
