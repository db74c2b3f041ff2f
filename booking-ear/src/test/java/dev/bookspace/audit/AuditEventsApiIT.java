package dev.bookspace.audit;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit log over the API, as an integrator reads it, and what an integrator's own changes leave in it. */
@FullStack
@RunAsClient
class AuditEventsApiIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private String key;

    @BeforeEach
    void organisationWithARoomAndAKey() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        key = fixtures.apiKey(org);
    }

    @Test
    void whatAnApiKeyChangesIsListedNewestFirstUnderTheKeysName() {
        String reference = bookAndCancel();

        JsonArray events = json(Pages.api(path("/audit-events"), key)).getJsonArray("events");

        assertThat(events).hasSize(2);
        JsonObject cancelled = events.getJsonObject(0);
        assertThat(cancelled.getString("action")).isEqualTo("booking.cancelled");
        assertThat(cancelled.getJsonObject("actor").getString("kind")).isEqualTo("api_key");
        assertThat(cancelled.getJsonObject("actor").getString("label")).isEqualTo("Test integration");
        assertThat(cancelled.getJsonObject("subject").getString("id")).isEqualTo(reference);
        assertThat(cancelled.getJsonObject("subject").getString("label")).isEqualTo(reference + ", Sea Room, " + JAN_1 + " to " + JAN_3);
        assertThat(cancelled.getJsonObject("before").getString("status")).isEqualTo("unpaid");
        assertThat(cancelled.getJsonObject("after").getString("status")).isEqualTo("cancelled");
        assertThat(events.getJsonObject(1).getString("action")).isEqualTo("booking.created");
        assertThat(events.getJsonObject(1).containsKey("before")).as("nothing before a booking was made").isFalse();
        assertThat(events.getJsonObject(1).getJsonObject("after").getString("guest_email")).isEqualTo("(not recorded)");
    }

    @Test
    void eventsComeAPageAtATimeNarrowedBySubject() {
        String first = bookAndCancel();
        String second = bookAndCancel();

        JsonObject page = json(Pages.api(path("/audit-events?limit=3"), key));
        JsonObject rest = json(Pages.api(path("/audit-events?limit=3&cursor=" + page.getString("next_cursor")), key));
        JsonObject ofFirst = json(Pages.api(path("/audit-events?subject_kind=booking&subject_id=" + first), key));

        assertThat(page.getJsonArray("events")).hasSize(3);
        assertThat(rest.getJsonArray("events")).hasSize(1);
        assertThat(rest.containsKey("next_cursor")).isFalse();
        assertThat(rest.getJsonArray("events").getJsonObject(0).getJsonObject("subject").getString("id")).isEqualTo(first);
        assertThat(page.getJsonArray("events").getJsonObject(0).getJsonObject("subject").getString("id")).isEqualTo(second);
        assertThat(ofFirst.getJsonArray("events")).extracting(event -> event.asJsonObject().getString("action"))
                .containsExactly("booking.cancelled", "booking.created");
        assertThat(json(Pages.api(path("/audit-events?since=2999-01-01T00:00:00Z"), key)).getJsonArray("events")).isEmpty();
    }

    @Test
    void anotherOrganisationsKeyNeverReadsTheseEvents() {
        bookAndCancel();
        Organisation other = fixtures.organisation("Elsewhere");
        String theirKey = fixtures.apiKey(other);

        Answer ours = Pages.api(path("/audit-events"), theirKey);
        Answer theirs = Pages.api("/api/v3/organisations/" + other.id() + "/audit-events", theirKey);

        assertThat(ours.status()).isEqualTo(404);
        assertThat(json(theirs).getJsonArray("events")).isEmpty();
    }

    @Test
    void aBadFilterIsAProblemNamingIt() {
        Answer answer = Pages.api(path("/audit-events?subject_kind=planet"), key);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("subject_kind is one of booking, room");
    }

    private String bookAndCancel() {
        JsonObject booking = Json.createObjectBuilder().add("item_id", room.id()).add("check_in", JAN_1.toString())
                .add("checkout", JAN_3.toString()).add("guests", 2)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", "ada@example.org")
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build();
        String reference = json(Pages.post(path("/bookings"), "application/json", booking.toString(),
                "Authorization", "Bearer " + key, "Idempotency-Key", UUID.randomUUID().toString())).getString("reference");
        Pages.post(path("/bookings/" + reference + "/cancel"), "application/json", "", "Authorization", "Bearer " + key);
        return reference;
    }

    private String path(String subPath) {
        return "/api/v3/organisations/" + org.id() + subPath;
    }

    private static JsonObject json(Answer answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
