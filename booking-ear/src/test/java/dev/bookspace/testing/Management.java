package dev.bookspace.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The test server's management port (9990 plus its port offset, {@link TestServer}): health and metrics, as an operator reads them. */
public final class Management {

    public static final String BASE_URL = TestServer.MANAGEMENT_URL;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Management() {
    }

    public record Answer(int status, String body) {
    }

    public static Answer get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A health endpoint's JSON ({@code /health/ready}, {@code /health/live}). */
    public static JsonObject health(String path) {
        try (JsonReader reader = Json.createReader(new StringReader(get(path).body()))) {
            return reader.readObject();
        }
    }

    /** The Prometheus text of /metrics. */
    public static String metrics() {
        Answer answer = get("/metrics");
        if (answer.status() != 200) {
            throw new IllegalStateException("/metrics answered " + answer.status());
        }
        return answer.body();
    }

    /** The sum of a metric's samples whose labels contain {@code labels} (e.g. {@code outcome="failure"}), 0 if none. */
    public static double sample(String metrics, String name, String labels) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(metrics);
        double sum = 0;
        while (sample.find()) {
            if (labels.isEmpty() || sample.group(1) != null && sample.group(1).contains(labels)) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }

    /** Whether the metrics hold at least one sample of this name. */
    public static boolean exports(String metrics, String name) {
        return Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ").matcher(metrics).find();
    }
}
