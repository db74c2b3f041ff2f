package dev.bookspace.audit;

import static dev.bookspace.shared.SharedJson.PROVIDER;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One event of the audit log as the dashboard, the CSV export and the API show it. Serializable: the
 * dashboard's audit log page keeps its rows in the visitor's session, which a cluster replicates.
 *
 * @param actorKind {@code person}, {@code api_key}, {@code guest} or {@code system}
 * @param before the changed fields' values before, as a JSON object; null for something created
 * @param after their values after, as a JSON object; null for something removed
 */
public record AuditEventRow(long id, OffsetDateTime occurredAt, String actorKind, Long actorId, String actorLabel,
        String subjectKind, String subjectId, String subjectLabel, String action, String before, String after)
        implements Serializable {

    /** One changed field, its values as text ("" where absent). */
    public record Change(String field, String before, String after) {

        /** A hidden field (a guest's personal data, a secret): only that it changed is known. */
        public boolean hidden() {
            return AuditFields.NOT_RECORDED.equals(before) || AuditFields.NOT_RECORDED.equals(after);
        }
    }

    /** The same event with its time told in a time zone, as the organisation's people read it. */
    public AuditEventRow inZone(ZoneId zone) {
        return new AuditEventRow(id, occurredAt.atZoneSameInstant(zone).toOffsetDateTime(), actorKind, actorId, actorLabel,
                subjectKind, subjectId, subjectLabel, action, before, after);
    }

    /** The changed fields in their order, for people: "status: unpaid -> cancelled". */
    public List<Change> changes() {
        JsonObject was = parse(before);
        JsonObject is = parse(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(new Change(field, text(was.get(field)), text(is.get(field))));
        }
        return changes;
    }

    /** The changes on one line each, as the CSV export writes them. */
    public String changesText() {
        return String.join("\n", changes().stream().map(change -> change.hidden()
                ? change.field() + ": changed " + AuditFields.NOT_RECORDED
                : change.field() + ": " + change.before() + " -> " + change.after()).toList());
    }

    private static JsonObject parse(String json) {
        if (json == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(JsonValue value) {
        if (value == null) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NULL -> "none";
            default -> value.toString();
        };
    }
}
