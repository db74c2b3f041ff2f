package dev.bookspace.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Requests to the API that keep the whole answer, headers included, for the tests that hold answers
 * against the OpenAPI document: {@code api.post(path, json).key(key).header("Idempotency-Key", k).send()}.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;

    /** @param baseUrl the server, such as {@link Pages#BASE_URL} */
    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * An answer and the request it answered.
     *
     * @param path the path asked for, with its query
     */
    public record Exchange(String method, String path, int status, HttpHeaders headers, String body) {

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return method + " " + path + " answered " + status + " " + contentType();
        }
    }

    public Request get(String path) {
        return new Request("GET", path, null);
    }

    /** A request with any method (PUT, PROPFIND, TRACE…) and no body. */
    public Request request(String method, String path) {
        return new Request(method, path, null);
    }

    /** A POST of a JSON body (Content-Type: application/json unless changed). */
    public Request post(String path, String body) {
        return new Request("POST", path, body).header("Content-Type", "application/json");
    }

    /** A PUT of a JSON body (Content-Type: application/json unless changed). */
    public Request put(String path, String body) {
        return new Request("PUT", path, body).header("Content-Type", "application/json");
    }

    /** One request being made. */
    public final class Request {

        private final String method;
        private final String path;
        private final String body;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Request(String method, String path, String body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        /** Sends an API key, as every integrator does; null sends none. */
        public Request key(String apiKey) {
            return apiKey == null ? this : header("Authorization", "Bearer " + apiKey);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Exchange send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::setHeader);
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Exchange(method, path, response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + path, e);
            }
        }
    }
}
