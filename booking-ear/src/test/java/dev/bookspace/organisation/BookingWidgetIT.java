package dev.bookspace.organisation;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import jakarta.enterprise.inject.spi.CDI;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sites an owner lets show the booking widget: checked, audited, and what the widget page's policy lets
 * frame it (exactly those sites; none, no one), while every other page still refuses any frame.
 */
@FullStack
class BookingWidgetIT {

    private static final Pattern FRAME_ANCESTORS = Pattern.compile("frame-ancestors ([^;]*)");

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    private final ApiClient http = new ApiClient(Pages.BASE_URL);
    private Organisation org;
    private String ownerEmail;
    private Scope owner;

    @BeforeEach
    void anOrganisationWithARoomAndAnOwner() {
        org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");
        ownerEmail = fixtures.user(org, "owner", true);
        owner = new Scope(org.id(), Long.parseLong(fixtures.userColumn(ownerEmail, "id")), EnumSet.of(Role.OWNER));
    }

    @Test
    void theOwnersSitesAreKeptAsOriginsAndEachChangeIsAudited() {
        WidgetService widget = CDI.current().select(WidgetService.class).get();

        widget.allowOrigins(owner, "HTTPS://Harbour-House.example/\nhttp://localhost:8123");

        assertThat(widget.allowedOrigins(Scope.guestOf(org.id())).origins())
                .containsExactly("https://harbour-house.example", "http://localhost:8123");
        assertThatThrownBy(() -> widget.allowOrigins(owner, "https://harbour-house.example/book"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("https://harbour-house.example/book: give the "
                        + "site without a path");
        assertThatThrownBy(() -> widget.allowOrigins(new Scope(org.id(), owner.userId(), EnumSet.of(Role.STAFF)), "https://staff.example"))
                .isInstanceOf(NotFoundException.class);
        widget.allowOrigins(owner, "");

        assertThat(fixtures.auditLog(org)).containsExactly(
                "settings.widget_sites_updated by person " + ownerEmail + " on " + org.id()
                        + ": {\"widget_sites\": \"'none'\"} -> {\"widget_sites\": \"https://harbour-house.example http://localhost:8123\"}",
                "settings.widget_sites_updated by person " + ownerEmail + " on " + org.id()
                        + ": {\"widget_sites\": \"https://harbour-house.example http://localhost:8123\"} -> {\"widget_sites\": \"'none'\"}");
    }

    @Test
    void theWidgetPageMayBeFramedByExactlyTheListedSitesAndNoOtherPageByAny() {
        String widgetPage = "/" + org.identifier() + "/widget?check_in=" + JAN_1 + "&checkout=" + JAN_3;
        assertThat(frameAncestors(http.get(widgetPage).send())).as("before the owner lists a site").isEqualTo("'none'");

        CDI.current().select(WidgetService.class).get().allowOrigins(owner, "https://harbour-house.example\nhttp://localhost:8123");

        Exchange widget = http.get(widgetPage).send();
        assertThat(widget.status()).isEqualTo(200);
        assertThat(frameAncestors(widget)).isEqualTo("https://harbour-house.example http://localhost:8123");
        assertThat(widget.headers().allValues("Set-Cookie")).as("a visitor who looks costs no session").isEmpty();
        assertThat(frameAncestors(http.get("/" + org.identifier() + "/rooms?check_in=" + JAN_1 + "&checkout=" + JAN_3).send()))
                .as("the rooms page").isEqualTo("'none'");
        assertThat(frameAncestors(http.get("/" + fixtures.organisation("Other Inn").identifier() + "/widget").send()))
                .as("another organisation's widget").isEqualTo("'none'");
        assertThat(http.get("/widget.js").send().body()).contains("data-bookspace-widget");
    }

    @Test
    void pricesAndDatesAreWrittenAsTheVisitorsLanguageWritesThem() {
        String widgetPage = "/" + org.identifier() + "/widget?check_in=" + JAN_1 + "&checkout=" + JAN_3;

        Document german = Jsoup.parse(http.get(widgetPage).header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").send().body());
        Document british = Jsoup.parse(http.get(widgetPage).header("Accept-Language", "en-GB").send().body());

        assertThat(text(german, "nightly-price")).isEqualTo("120,00 €");
        assertThat(text(german, "stay-total")).isEqualTo("240,00 €");
        assertThat(text(german, "result-count")).endsWith(JAN_1.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " to "
                + JAN_3.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
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
