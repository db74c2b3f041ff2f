package dev.bookspace.organisation;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The booking widget's page, {@code /{org}/widget}: framed by exactly the sites its owner listed (none, no one),
 * while every other page still refuses any frame; dates and prices as the visitor's language writes them.
 */
@FullStack
@RunAsClient
class BookingWidgetPageIT {

    private static final Pattern FRAME_ANCESTORS = Pattern.compile("frame-ancestors ([^;]*)");
    private static final String STAY = "?check_in=" + JAN_1 + "&checkout=" + JAN_3;

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ApiClient http = new ApiClient(Pages.BASE_URL);
    private Organisation org;

    @BeforeEach
    void anOrganisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");
    }

    @Test
    void theWidgetPageMayBeFramedByExactlyTheListedSitesAndNoOtherPageByAny() {
        fixtures.widgetOrigins(org, "https://harbour-house.example http://localhost:8123");

        Exchange widget = http.get("/" + org.identifier() + "/widget" + STAY).send();

        assertThat(widget.status()).isEqualTo(200);
        assertThat(frameAncestors(widget)).isEqualTo("https://harbour-house.example http://localhost:8123");
        assertThat(widget.headers().allValues("Set-Cookie")).as("a visitor who looks costs no session").isEmpty();
        assertThat(frameAncestors(http.get("/" + org.identifier() + "/rooms" + STAY).send())).as("the rooms page").isEqualTo("'none'");
        assertThat(frameAncestors(http.get("/" + fixtures.organisation("Other Inn").identifier() + "/widget").send()))
                .as("the widget of an organisation that lists no site").isEqualTo("'none'");
        assertThat(http.get("/widget.js").send().body()).contains("data-bookspace-widget");
    }

    @Test
    void pricesAndDatesAreWrittenAsTheVisitorsLanguageWritesThem() {
        String widgetPage = "/" + org.identifier() + "/widget" + STAY;

        Document german = Jsoup.parse(http.get(widgetPage).header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").send().body());
        Document british = Jsoup.parse(http.get(widgetPage).header("Accept-Language", "en-GB").send().body());

        DateTimeFormatter germanDate = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertThat(text(german, "nightly-price")).isEqualTo("120,00 €");
        assertThat(text(german, "stay-total")).isEqualTo("240,00 €");
        assertThat(text(german, "result-count")).isEqualTo("Frei für 2 Nächte, " + JAN_1.format(germanDate) + " bis "
                + JAN_3.format(germanDate));
        assertThat(text(german, "room-link")).isEqualTo("Dieses Zimmer buchen");
        assertThat(text(british, "nightly-price")).isEqualTo("€120.00");
        assertThat(text(british, "result-count")).isEqualTo("Free for 2 nights, " + JAN_1.getDayOfMonth() + " Jan " + JAN_1.getYear()
                + " to " + JAN_3.getDayOfMonth() + " Jan " + JAN_3.getYear());
    }

    private static String text(Document page, String dataRole) {
        return page.selectFirst("[data-role=" + dataRole + "]").text().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** The sources of the answer's one policy's frame-ancestors. */
    private static String frameAncestors(Exchange answer) {
        assertThat(answer.headers().allValues("Content-Security-Policy")).as(answer.toString()).hasSize(1);
        Matcher sources = FRAME_ANCESTORS.matcher(answer.header("Content-Security-Policy").orElseThrow());
        assertThat(sources.find()).as(answer + " has frame-ancestors").isTrue();
        return sources.group(1).strip();
    }
}
