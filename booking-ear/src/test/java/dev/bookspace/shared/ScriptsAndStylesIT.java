package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a browser fetches besides the page: the scripts and stylesheets go out gzipped, are addressed by their version
 * and kept for a year; the pages themselves are never compressed (BREACH: a page holds its form's view state beside
 * what the visitor typed).
 */
@FullStack
@RunAsClient
class ScriptsAndStylesIT {

    private static final Pattern VERSION = Pattern.compile("[?&]v=([^&]+)");

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final HttpClient http = HttpClient.newHttpClient();
    private Organisation org;

    @BeforeEach
    void anOrganisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        fixtures.item(org, "Sea Room");
    }

    @Test
    void aGuestsFirstVisitFetchesTheRoomsPagesScriptsAndStylesGzippedAtAQuarterOfTheirSize() throws IOException {
        String page = Pages.roomsPath(org, JAN_1, JAN_3);
        List<String> resources = scriptsAndStylesheetsOf(get(page, null, "gzip"));
        assertThat(resources).as("jQuery, PrimeFaces, the stay picker, our styles").hasSizeGreaterThanOrEqualTo(8);

        long plainBytes = 0;
        long sentBytes = 0;
        for (String resource : resources) {
            HttpResponse<byte[]> plain = get(resource, null, null);
            HttpResponse<byte[]> gzipped = get(resource, null, "gzip, deflate, br");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(resource).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(resource).hasValue("gzip");
            assertThat(gzipped.headers().allValues("Vary")).as("shared caches keep both").contains("Accept-Encoding");
            assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes()).as(resource)
                    .isEqualTo(plain.body());
            plainBytes += plain.body().length;
            sentBytes += gzipped.body().length;
        }
        System.out.printf("ScriptsAndStylesIT: %d scripts and stylesheets, %d bytes, %d gzipped%n",
                resources.size(), plainBytes, sentBytes);
        assertThat(plainBytes).as("what a first visit fetched before they were gzipped").isGreaterThan(1_000_000);
        assertThat(sentBytes).isLessThan(plainBytes / 4).isLessThan(400_000);
    }

    @Test
    void pagesAreNeverCompressedSinceTheyHoldAViewStateBesideWhatTheVisitorTyped() {
        String session = Browser.sessionOf(fixtures.user(org, "owner", true));

        for (String page : List.of(Pages.roomsPath(org, JAN_1, JAN_3), "/login.xhtml", "/dashboard/bookings.xhtml")) {
            HttpResponse<byte[]> answer = get(page, session, "gzip, deflate, br");
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).as(page).isEmpty();
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(page).contains("jakarta.faces.ViewState");
        }
    }

    @Test
    void everyScriptAndStylesheetIsAddressedByItsVersionAndKeptAYear() {
        String session = Browser.sessionOf(fixtures.user(org, "owner", true));

        for (String page : List.of(Pages.roomsPath(org, JAN_1, JAN_3), "/dashboard/calendar.xhtml")) {
            List<String> resources = scriptsAndStylesheetsOf(get(page, session, null));
            assertThat(resources).as(page).anyMatch(resource -> resource.contains("css/bookspace.css"));
            assertThat(scriptsAndStylesheetsOf(get(page, session, null))).as("the same addresses every time").isEqualTo(resources);
            for (String resource : resources) {
                Matcher version = VERSION.matcher(resource);
                assertThat(version.find()).as(resource + " carries a version").isTrue();
                HttpResponse<byte[]> answer = get(resource, null, null);
                assertThat(answer.statusCode()).as(resource).isEqualTo(200);
                assertThat(answer.headers().firstValue("Cache-Control")).as(resource).hasValue("max-age=31536000");
                if (!resource.contains("ln=")) {
                    assertThat(version.group(1)).as("our own file's version is what it holds: a changed file, a new address")
                            .isEqualTo(sha256(answer.body()).substring(0, 12));
                }
            }
        }
    }

    private static List<String> scriptsAndStylesheetsOf(HttpResponse<byte[]> page) {
        var html = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), Pages.BASE_URL);
        return html.select("script[src], link[rel=stylesheet][href]").stream()
                .map(element -> element.hasAttr("src") ? element.attr("src") : element.attr("href"))
                .toList();
    }

    private HttpResponse<byte[]> get(String path, String session, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Pages.BASE_URL + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
