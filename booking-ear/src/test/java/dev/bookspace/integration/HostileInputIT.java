package dev.bookspace.integration;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.SuiteDeployment;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.HostileValues;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.ResourceRoutes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile input thrown at every API route, the routes found in booking-api's classes as they
 * ship, so a route added later is attacked without anyone listing it: hostile values in every path and
 * query parameter, and hostile bodies at every route that reads one. Whatever the input, the answer is
 * never a 5xx, every refusal is problem+json with a sentence, and nothing is booked.
 */
@FullStack
@RunAsClient
class HostileInputIT {

    /** Bodies no request should be made of. */
    private static final List<String> HOSTILE_BODIES = List.of("", "null", "[]", "\"text\"", "42", "{", "{}",
            "{\"item_id\": 1e400}",
            "{\"guest\": ".repeat(1_000) + "{}" + "}".repeat(1_000),
            "{\"add_ons\": " + "[".repeat(1_000) + "]".repeat(1_000) + "}",
            """
            {"item_id": -1, "check_in": "+10000-01-01", "checkout": "0001-01-01", "guests": 99999999999,
             "add_ons": [{"add_on_id": "x", "quantity": -5}, null, 7],
             "guest": {"name": "Ann\\n=2+5\\nx", "email": "not an address", "phone": "\\u0000", "terms_accepted": "yes"}}""",
            "{\"item_id\": 1, \"item_id\": 2, \"__proto__\": {\"admin\": true}}",
            "{\"notes\": \"" + "x".repeat(70_000) + "\"}");

    /** The tests' server lets a key send 120 requests a minute; a fresh key for every few dozen keeps clear of it. */
    private static final int REQUESTS_PER_KEY = 100;


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    /** Where booking-api.war is unpacked to load its classes (a field: Arquillian resolves test method parameters itself). */
    @TempDir
    Path unpacked;

    private final ApiClient http = new ApiClient(Pages.BASE_URL);
    private Organisation org;
    private Item room;
    private String reference;
    private long closedDates;
    private String key;
    private int sentWithKey;

    @BeforeEach
    void organisationWithARoomAndABooking() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
        closedDates = fixtures.closedDates(org, room, JAN_1.plusDays(10), JAN_1.plusDays(12), "Painting");
    }

    @Test
    void hostileValuesInEveryParameterAreNeverA5xxAndAlwaysRefusedWithAProblem() {
        SoftAssertions softly = new SoftAssertions();
        for (ResourceRoutes.Route route : routes()) {
            for (String parameter : route.parameters()) {
                String[] read = parameter.split(" ", 2);
                for (String value : HostileValues.CORPUS) {
                    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                    String path = switch (read[0]) {
                        case "path" -> path(route, read[1], encoded);
                        case "query" -> path(route) + "?" + read[1] + "=" + encoded;
                        default -> null;
                    };
                    if (path != null) {
                        check(softly, send(route, path, route.readsBody() ? validBody() : null));
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(fixtures.bookingStatuses(org)).as("nothing booked").containsExactly("paid");
    }

    @Test
    void hostileBodiesAreRefusedWithAProblemAtEveryRouteThatReadsOne() {
        SoftAssertions softly = new SoftAssertions();
        List<ResourceRoutes.Route> reading = routes().stream().filter(ResourceRoutes.Route::readsBody).toList();
        assertThat(reading).as("routes that read a body").isNotEmpty();
        for (ResourceRoutes.Route route : reading) {
            for (String body : Stream.concat(HOSTILE_BODIES.stream(), Stream.of(guestWithNulBytes())).toList()) {
                Exchange answer = send(route, path(route), body);
                check(softly, answer);
                softly.assertThat(answer.status()).as(answer.method() + " " + answer.path() + " with " + abbreviated(body))
                        .isBetween(400, 499);
            }
        }
        softly.assertAll();
        assertThat(fixtures.bookingStatuses(org)).as("nothing booked").containsExactly("paid");
    }

    /** Never a server error; a refusal is problem+json that says what went wrong. */
    private static void check(SoftAssertions softly, Exchange answer) {
        softly.assertThat(answer.status()).as(answer.toString()).isLessThan(500);
        if (answer.status() >= 400) {
            softly.assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
            softly.assertThat(answer.body()).as(answer.toString()).contains("\"detail\"");
        }
    }

    private Exchange send(ResourceRoutes.Route route, String path, String body) {
        if (key == null || sentWithKey++ == REQUESTS_PER_KEY) {
            key = fixtures.apiKey(org);
            sentWithKey = 1;
        }
        String method = route.operation().split(" ", 2)[0];
        ApiClient.Request request = body == null ? http.request(method, path) : http.post(path, body);
        return request.key(key).header("Idempotency-Key", UUID.randomUUID().toString()).send();
    }

    /** The route's path with the organisation's own ids in it. */
    private String path(ResourceRoutes.Route route) {
        return path(route, null, null);
    }

    /** The route's path with the organisation's own ids in it but one, which holds the hostile value. */
    private String path(ResourceRoutes.Route route, String hostileParameter, String hostileValue) {
        String path = route.operation().split(" ", 2)[1];
        for (String parameter : List.of("organisation_id", "item_id", "reference", "block_id", "import_id", "language")) {
            path = path.replace("{" + parameter + "}", parameter.equals(hostileParameter) ? hostileValue : known(parameter));
        }
        assertThat(path).as("a path parameter the corpus does not know, in " + route.operation()).doesNotContain("{");
        return path;
    }

    private String known(String parameter) {
        return switch (parameter) {
            case "organisation_id" -> String.valueOf(org.id());
            case "item_id" -> String.valueOf(room.id());
            case "block_id" -> String.valueOf(closedDates);
            case "import_id" -> "1";
            case "language" -> "de";
            default -> reference;
        };
    }

    private String validBody() {
        return """
                {"item_id": %d, "check_in": "%s", "checkout": "%s", "guests": 1,
                 "guest": {"name": "Ada Lovelace", "email": "ada@example.org", "phone": "+351 912 345 678", "terms_accepted": true}}"""
                .formatted(room.id(), JAN_3, JAN_1.plusDays(4));
    }

    /** A booking right in every field but the guest's, whose text carries NUL bytes, which PostgreSQL refuses in text. */
    private String guestWithNulBytes() {
        return """
                {"item_id": %d, "check_in": "%s", "checkout": "%s", "guests": 1,
                 "guest": {"name": "Ada\\u0000", "email": "ada\\u0000@example.org", "phone": "+351 912 345 678",
                           "notes": "late\\u0000", "terms_accepted": true}}""".formatted(room.id(), JAN_3, JAN_1.plusDays(4));
    }

    private List<ResourceRoutes.Route> routes() {
        List<ResourceRoutes.Route> routes = ResourceRoutes.of(SuiteDeployment.asShipped(), "booking-api.war", unpacked);
        assertThat(routes).as("resource methods found in booking-api.war").hasSizeGreaterThanOrEqualTo(8);
        return routes;
    }

    private static String abbreviated(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "… (" + body.length() + " characters)" : body;
    }
}
