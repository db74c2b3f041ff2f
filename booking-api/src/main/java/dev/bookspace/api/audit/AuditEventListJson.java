package dev.bookspace.api.audit;

import static dev.bookspace.shared.SharedJson.PROVIDER;

import dev.bookspace.audit.AuditEventRow;
import dev.bookspace.audit.AuditPage;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of audit events, newest first.
 *
 * @param nextCursor pass as {@code cursor} for the next (older) page; absent on the last page
 */
public record AuditEventListJson(List<Event> events, String nextCursor) {

    /** Who did it: {@code kind} person, api_key, guest or system; {@code label} as they were named then. */
    public record Party(String kind, Long id, String label) {
    }

    /** What it was done to. */
    public record Subject(String kind, String id, String label) {
    }

    /** @param before the changed fields' values before; absent for something created */
    public record Event(long id, OffsetDateTime occurredAt, String action, Party actor, Subject subject, JsonObject before,
            JsonObject after) {

        static Event of(AuditEventRow row) {
            return new Event(row.id(), row.occurredAt(), row.action(), new Party(row.actorKind(), row.actorId(), row.actorLabel()),
                    new Subject(row.subjectKind(), row.subjectId(), row.subjectLabel()), object(row.before()), object(row.after()));
        }

        private static JsonObject object(String json) {
            if (json == null) {
                return null;
            }
            try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
                return reader.readObject();
            }
        }
    }

    static AuditEventListJson of(AuditPage page) {
        return new AuditEventListJson(page.events().stream().map(Event::of).toList(), page.next());
    }
}
