package dev.bookspace.audit;

import java.util.List;
import java.util.Objects;

/**
 * What a change was made to.
 *
 * @param kind {@code booking}, {@code room}, {@code add_on}, {@code settings}, {@code staff},
 *             {@code api_key}, {@code webhook_endpoint}, {@code calendar_feed} (one of {@link #KINDS})
 * @param id how the rest of Bookspace names it: a booking's reference, a room's or key's id
 * @param label how a person recognises it, as it was then: "BK-7Q4M2X, Sea Room 2026-01-01 to 2026-01-03"
 */
public record AuditSubject(String kind, String id, String label) {

    /** Every kind of subject the log records, as the filters offer them. */
    public static final List<String> KINDS = List.of("booking", "room", "add_on", "season", "weekday_rate",
            "stay_discount", "tax_or_fee", "stay_rules", "closed_dates", "settings", "staff", "api_key", "webhook_endpoint",
            "calendar_feed");

    public AuditSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    public static AuditSubject of(String kind, Object id, String label) {
        return new AuditSubject(kind, String.valueOf(id), label);
    }
}
