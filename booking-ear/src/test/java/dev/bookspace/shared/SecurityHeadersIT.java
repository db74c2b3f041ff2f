package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.ApiContract;
import dev.bookspace.testing.Browser;
import dev.bookspace.testing.SuiteDeployment;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.ResourceRoutes;
import dev.bookspace.testing.WebPages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page and every API route answers with the browser security headers. The pages are found in the
 * web module's sources and the API routes in booking-api's classes, so a page or route added later is
 * checked without anyone listing it.
 */
@FullStack
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'");


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    /** Where booking-api.war is unpacked to load its classes (a field: Arquillian resolves test method parameters itself). */
    @TempDir
    Path unpacked;

    private final ApiClient http = new ApiClient(Pages.BASE_URL);
    private Organisation org;
    private Item room;
    private String reference;

    @BeforeEach
    void anOrganisationWithARoomAndABooking() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
    }

    @Test
    void everyPageIsServedWithAPolicyThatRunsOnlyItsOwnScriptsAndCannotBeFramed() {
        String owner = Browser.sessionOf(fixtures.user(org, "owner", true));
        List<String> pages = new ArrayList<>(List.of("/dashboard/bookings.csv", "/", "/no-such-page"));
        pages.addAll(WebPages.of(fixtures, org, room, reference));
        assertThat(pages).contains("/login.xhtml", "/" + org.identifier() + "/rooms?check_in=" + JAN_1 + "&checkout=" + JAN_3,
                "/dashboard/index.xhtml", "/dashboard/bookings.csv");

        SoftAssertions softly = new SoftAssertions();
        for (String page : pages) {
            Exchange answer = http.get(page).header("Cookie", "JSESSIONID=" + owner).send();
            softly.assertThat(answer.status()).as(answer.toString()).isLessThan(500);
            checkHeaders(softly, answer);
            if (answer.contentType().startsWith("text/html")) {
                checkScriptsCarryThePolicysNonce(softly, answer);
            }
        }
        softly.assertAll();
    }

    @Test
    void everyApiRouteAndTheApiDocumentsAnswerWithAPolicyThatAllowsNothing() {
        String key = fixtures.apiKey(org);
        List<ResourceRoutes.Route> routes = ResourceRoutes.of(SuiteDeployment.asShipped(), "booking-api.war", unpacked);
        assertThat(routes).hasSizeGreaterThanOrEqualTo(8);

        SoftAssertions softly = new SoftAssertions();
        for (ResourceRoutes.Route route : routes) {
            String[] operation = route.operation().split(" ", 2);
            String path = operation[1].replace("{organisation_id}", String.valueOf(org.id()))
                    .replace("{item_id}", String.valueOf(room.id())).replace("{reference}", reference)
                    .replaceAll("\\{[^}]+}", "1");
            ApiClient.Request request = operation[0].equals("GET") ? http.get(path) : http.post(path, "{}");
            Exchange answer = request.key(key).header("Idempotency-Key", "headers-" + path).send();
            checkHeaders(softly, answer);
            softly.assertThat(answer.header("Content-Security-Policy")).as(answer.toString())
                    .hasValue("default-src 'none'; frame-ancestors 'none'");
        }
        Exchange document = http.get(ApiContract.DOCUMENT_PATH).send();
        checkHeaders(softly, document);
        Exchange reference = http.get("/api/v3/docs").send();
        checkHeaders(softly, reference);
        softly.assertThat(reference.header("Content-Security-Policy")).as("the reference page's policy").hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'"));
        softly.assertThat(Jsoup.parse(reference.body()).select("script:not([src])")).as("inline scripts on the reference page").isEmpty();
        softly.assertAll();
    }

    @Test
    void theApiReferencePageStillDrawsTheDocumentUnderItsPolicy() {
        try (Browser browser = Browser.open().visit("/api/v3/docs")) {
            // Swagger UI breaks long paths with zero-width spaces.
            browser.waitUntil(page -> page.texts(".opblock-summary-path").stream().map(path -> path.replace("\u200b", ""))
                    .anyMatch(path -> path.endsWith("/organisations/{organisation_id}/items")));
        }
    }

    @Test
    void theOpenApiDocumentIsSharedWithAnyOriginButNeverWithCredentials() {
        Exchange document = http.get(ApiContract.DOCUMENT_PATH).header("Origin", "https://integrator.example").send();

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(document.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void strictTransportSecurityIsSentOverTlsOnly() {
        Exchange plain = http.get("/login.xhtml").send();
        Exchange behindTlsProxy = http.get("/login.xhtml").header("X-Forwarded-Proto", "https").send();
        Exchange apiBehindTlsProxy = http.get("/api/v3/docs").header("X-Forwarded-Proto", "https").send();

        assertThat(plain.header("Strict-Transport-Security")).isEmpty();
        assertThat(behindTlsProxy.header("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(apiBehindTlsProxy.header("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void theSessionCookieIsOutOfReachOfScriptsAndOtherSites() {
        Exchange login = http.get("/login.xhtml").send();

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax")
                .as("not Secure: this server speaks plain HTTP and is told so (booking.secure-cookies=false)")
                .doesNotContain("Secure;").doesNotEndWith("Secure"));
    }

    private static void checkHeaders(SoftAssertions softly, Exchange answer) {
        softly.assertThat(answer.headers().allValues("Content-Security-Policy")).as(answer + ": one policy").hasSize(1)
                .allSatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'")
                        .doesNotContainPattern("script-src[^;]*'unsafe-(inline|eval)'"));
        softly.assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).hasValue("nosniff");
        softly.assertThat(answer.header("Referrer-Policy")).as(answer.toString()).hasValue("same-origin");
        softly.assertThat(answer.header("Server")).as(answer.toString()).isEmpty();
        softly.assertThat(answer.header("X-Powered-By")).as(answer.toString()).isEmpty();
        softly.assertThat(answer.header("Strict-Transport-Security")).as(answer + " over plain HTTP").isEmpty();
    }

    /** PrimeFaces' CSP mode is on for the page: each of its scripts carries the nonce its policy names. */
    private static void checkScriptsCarryThePolicysNonce(SoftAssertions softly, Exchange answer) {
        Matcher nonce = NONCE.matcher(answer.header("Content-Security-Policy").orElse(""));
        List<Element> scripts = Jsoup.parse(answer.body()).select("script");
        if (!nonce.find()) {
            softly.assertThat(scripts).as(answer + ": scripts on a page whose policy has no nonce").isEmpty();
            return;
        }
        softly.assertThat(scripts).as(answer + ": scripts").isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce.group(1)));
    }
}
