package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every error a person can reach is our own page, with a sentence and the right status; every error
 * under /api is a problem+json with a sentence, whoever refused the request: the application, JAX-RS,
 * the servlet container or the server's OpenAPI handler.
 */
@FullStack
@RunAsClient
class ErrorAnswersIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ApiClient http = new ApiClient(Pages.BASE_URL);
    private Organisation org;
    private Item room;

    @BeforeEach
    void anOrganisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @Test
    void anUnknownApiAddressAnswersANotFoundProblem() {
        for (String path : List.of("/api/v2/organisations/1/items", "/api/rooms", "/api/v3/nothing-here",
                "/api/WEB-INF/web.xml", "/api/META-INF/MANIFEST.MF", "/api/web-inf/")) {
            Exchange answer = http.get(path).send();

            assertThat(answer.status()).as(path).isEqualTo(404);
            assertProblem(answer, 404);
        }
    }

    @Test
    void aMethodAnApiAddressDoesNotTakeAnswersAMethodNotAllowedProblemNamingTheMethodsItTakes() {
        String key = fixtures.apiKey(org);
        List<Exchange> answers = List.of(
                http.request("DELETE", "/api/v3/openapi").send(),
                http.request("PUT", "/api/v3/openapi").send(),
                http.request("TRACE", "/api/v3/openapi").send(),
                http.request("DELETE", "/api/v3/docs").send(),
                http.request("PATCH", "/api/v3/organisations/" + org.id() + "/items").key(key).send(),
                http.request("DELETE", "/api/api-reference.js").send(),
                http.request("TRACE", "/api/api-reference.js").header("Authorization", "Bearer " + key).send());

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(405);
            assertThat(answer.header("Allow")).as(answer.toString()).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
            assertProblem(answer, 405);
            assertThat(answer.body()).as("TRACE never echoes the request").doesNotContain(key);
        });
    }

    @Test
    void hiddenFoldersAndUnknownAddressesAnswerOurNotFoundPage() {
        for (String path : List.of("/WEB-INF/web.xml", "/web-inf/web.xml", "/META-INF/MANIFEST.MF", "/WEB-INF/",
                "/no-such-page.xhtml", "/no/such/address", "/no-such-organisation/rooms")) {
            Page page = page(http.get(path).send());

            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.text("not-found")).as(path).startsWith("We could not find that page.");
        }
    }

    @Test
    void writingToAPublicPageOrTheLoginPageAnswersMethodNotAllowed() {
        String rooms = Pages.roomsPath(org, JAN_1, JAN_3);
        String roomPage = "/" + org.identifier() + "/rooms/" + room.id();
        for (Exchange answer : List.of(http.request("PUT", "/login.xhtml").send(), http.request("DELETE", "/login.xhtml").send(),
                http.request("PUT", rooms).send(), http.request("DELETE", rooms).send(),
                http.request("PUT", roomPage).send(), http.request("DELETE", roomPage).send())) {
            assertMethodNotAllowed(answer, "GET, HEAD, POST");
            assertThat(page(answer).html().select("[data-role=room-card], form")).as(answer + ": not the page, as for a GET").isEmpty();
        }
    }

    @Test
    void oddMethodsOnPagesAnswerMethodNotAllowedWithASentence() {
        for (String method : List.of("PATCH", "PROPFIND", "TRACE", "OPTIONS")) {
            assertMethodNotAllowed(http.request(method, "/login.xhtml").header("Cookie", "JSESSIONID=sent-back").send(),
                    "GET, HEAD, POST");
        }
    }

    @Test
    void signingOutByALinkAnswersMethodNotAllowedNotAFailureOfOurs() {
        Exchange answer = http.get("/logout").send();

        assertMethodNotAllowed(answer, "POST");
        assertThat(page(answer).text("server-error")).isNull();
    }

    @Test
    void aFormPostedWithAForgedViewStateAnswersTheReloadPageWithBadRequest() {
        Exchange answer = http.post("/login.xhtml", "login=login&jakarta.faces.ViewState=-1234567890%3A987654321")
                .header("Content-Type", "application/x-www-form-urlencoded").send();

        Page page = page(answer);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("view-expired")).startsWith("This page was open for a long time.");
    }

    @Test
    void aRoomPageUsedAfterItsSessionEndedSaysToReloadIt() {
        try (Browser browser = Browser.open().visit("/" + org.identifier() + "/rooms/" + room.id()
                + "?check_in=" + JAN_1 + "&checkout=" + JAN_3 + "&guests=1")) {
            browser.waitUntil(page -> page.text("[data-role=room-title]").equals("Sea Room"));
            browser.forgetCookies();

            browser.type("guest-email", "ada@example");

            browser.waitUntil(page -> page.text("main").startsWith("This page was open for a long time."));
            assertThat(browser.currentPath()).doesNotContain("WEB-INF");
        }
    }

    private static void assertMethodNotAllowed(Exchange answer, String allow) {
        Page page = page(answer);
        assertThat(page.status()).as(answer.toString()).isEqualTo(405);
        assertThat(answer.header("Allow")).as(answer.toString()).hasValue(allow);
        assertThat(page.text("method-not-allowed")).as(answer.toString()).startsWith("This address cannot be used that way.");
    }

    private static void assertProblem(Exchange answer, int status) {
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(problem.getInt("status")).as(answer.toString()).isEqualTo(status);
        assertThat(problem.getString("detail")).as(answer.toString()).endsWith(".").hasSizeGreaterThan(20);
    }

    private static Page page(Exchange answer) {
        assertThat(answer.contentType()).as(answer.toString()).startsWith("text/html");
        return new Page(answer.status(), Jsoup.parse(answer.body()));
    }

    /** An HTML answer. */
    private record Page(int status, Document html) {

        /** The text of the element with this data-role, or null when the page has none. */
        String text(String dataRole) {
            Element element = html.selectFirst("[data-role=" + dataRole + "]");
            return element == null ? null : element.text();
        }
    }
}
