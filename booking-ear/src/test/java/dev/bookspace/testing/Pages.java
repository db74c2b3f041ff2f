package dev.bookspace.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Fetches pages and API answers from the server under test, as a browser without JavaScript would. */
public final class Pages {

    /** This test JVM's server ({@link TestServer}). */
    public static final String BASE_URL = TestServer.BASE_URL;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A fetched page. */
    public record Page(int status, Document html) {

        /** The titles of the room cards on the page, in order. */
        public List<String> roomCards() {
            return html.select("[data-role=room-card] [data-role=room-title]").eachText();
        }

        /** The text of the element with this data-role, or null when the page has none. */
        public String text(String dataRole) {
            Element element = html.selectFirst("[data-role=" + dataRole + "]");
            return element == null ? null : element.text();
        }

        /** The address of the link with this data-role, as the page writes it; null when the page has none. */
        public String link(String dataRole) {
            Element element = html.selectFirst("a[data-role=" + dataRole + "]");
            return element == null ? null : element.attr("href");
        }
    }

    /** An HTTP answer with its body as text. */
    public record Answer(int status, String contentType, String body) {
    }

    private Pages() {
    }

    public static Page get(String path) {
        Answer answer = fetch(path);
        return new Page(answer.status(), Jsoup.parse(answer.body(), BASE_URL + path));
    }

    public static Answer fetch(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).build());
    }

    /** GETs a page in a browser's session, given its session cookie. */
    public static Answer fetch(String path, String sessionCookie) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Cookie", "JSESSIONID=" + sessionCookie).build());
    }

    /** GETs an API path with an API key. */
    public static Answer api(String path, String apiKey) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Authorization", "Bearer " + apiKey).build());
    }

    /** The cookies a GET without any sets, by name, so a test can see whether a page made a session. */
    public static List<String> cookiesSetBy(String path) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split("=", 2)[0]).toList();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path, e);
        }
    }

    /** Where a GET in a session (or none, for null) is redirected, without the server; null when it is not. */
    public static String redirectOf(String path, String sessionCookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path));
        if (sessionCookie != null) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        try {
            HttpResponse<Void> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 != 3 ? null
                    : response.headers().firstValue("Location").map(location -> location.replace(BASE_URL, "")).orElse(null);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path, e);
        }
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri(), e);
        }
    }

    /** POSTs a body with extra headers given as name, value, name, value. */
    public static Answer post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** The public rooms page of an organisation for a stay. */
    public static String roomsPath(Fixtures.Organisation org, Object checkIn, Object checkout) {
        return "/" + org.identifier() + "/rooms?check_in=" + checkIn + "&checkout=" + checkout;
    }
}
