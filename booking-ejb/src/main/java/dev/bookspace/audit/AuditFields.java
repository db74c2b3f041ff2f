package dev.bookspace.audit;

import static dev.bookspace.shared.SharedJson.PROVIDER;

import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of one thing at one moment, as the audit log compares them before and after a change.
 * A field declared {@link #hidden} (a guest's name, address, phone and notes; a secret) is compared
 * but its value never leaves this object: the log records that it changed, as {@value #NOT_RECORDED}
 * on both sides, so that anonymising a guest leaves nothing of them in the log.
 */
public final class AuditFields {

    /** What the log keeps of a hidden field that changed. */
    public static final String NOT_RECORDED = "(not recorded)";

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();

    public static AuditFields of() {
        return new AuditFields();
    }

    /** A value shown in the log: a text, number, boolean or null (anything else as its text). */
    public AuditFields put(String field, Object value) {
        values.put(field, value == null || value instanceof Number || value instanceof Boolean ? value : value.toString());
        return this;
    }

    /** A value the log must never hold: personal data of a guest, or a secret. */
    public AuditFields hidden(String field, Object value) {
        put(field, value);
        hidden.add(field);
        return this;
    }

    /**
     * The fields that differ between {@code before} and {@code after} (either may be null, for a thing
     * created or removed), as two JSON objects; hidden ones as {@value #NOT_RECORDED}.
     */
    static Diff diff(AuditFields before, AuditFields after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.values.keySet());
        }
        if (after != null) {
            fields.addAll(after.values.keySet());
        }
        JsonObjectBuilder was = PROVIDER.createObjectBuilder();
        JsonObjectBuilder is = PROVIDER.createObjectBuilder();
        int changed = 0;
        for (String field : fields) {
            boolean hadIt = before != null && before.values.containsKey(field);
            boolean hasIt = after != null && after.values.containsKey(field);
            Object old = hadIt ? before.values.get(field) : null;
            Object now = hasIt ? after.values.get(field) : null;
            if (hadIt && hasIt && Objects.equals(old, now)) {
                continue;
            }
            boolean secret = (before != null && before.hidden.contains(field)) || (after != null && after.hidden.contains(field));
            if (hadIt) {
                add(was, field, secret ? NOT_RECORDED : old);
            }
            if (hasIt) {
                add(is, field, secret ? NOT_RECORDED : now);
            }
            changed++;
        }
        return new Diff(before == null ? null : was.build().toString(), after == null ? null : is.build().toString(), changed);
    }

    private static void add(JsonObjectBuilder json, String field, Object value) {
        if (value == null) {
            json.addNull(field);
        } else if (value instanceof Boolean flag) {
            json.add(field, flag);
        } else if (value instanceof Long || value instanceof Integer) {
            json.add(field, ((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.add(field, number.toString());
        } else {
            json.add(field, value.toString());
        }
    }

    /** @param changed how many fields differ; none means there was no change to record */
    record Diff(String before, String after, int changed) {
    }
}
