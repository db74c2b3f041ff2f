package dev.bookspace.audit;

import dev.bookspace.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Which events to list; every part optional.
 *
 * @param since events at or after this instant (the API's {@code since})
 * @param until events before this instant (the API's {@code until})
 * @param fromDay events on or after this day in the organisation's time zone (the dashboard's dates)
 * @param untilDay events on or before this day there
 * @param actor part of the actor's label, such as a staff member's address or a key's name
 * @param subjectKind {@code booking}, {@code room}, … exactly
 * @param subjectId one subject's id exactly (a booking's reference, a room's id)
 * @param search part of the subject's or actor's label, or of the action
 */
public record AuditFilter(OffsetDateTime since, OffsetDateTime until, LocalDate fromDay, LocalDate untilDay, String actor,
        String subjectKind, String subjectId, String search) {

    public AuditFilter {
        requireYear("since", since == null ? null : since.getYear());
        requireYear("until", until == null ? null : until.getYear());
        requireYear("from", fromDay == null ? null : fromDay.getYear());
        requireYear("until", untilDay == null ? null : untilDay.getYear());
        // Labels hold no control characters, and PostgreSQL refuses a NUL in text.
        actor = clean(actor);
        subjectKind = clean(subjectKind);
        subjectId = clean(subjectId);
        search = clean(search);
    }

    /** PostgreSQL compares times within years it can hold; an event is never outside 1 to 9999. */
    private static void requireYear(String field, Integer year) {
        if (year != null && (year < 1 || year > 9999)) {
            throw new InvalidRequestException(field, field + " must be in a year from 1 to 9999.").worded("audit.year");
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String kept = text.replaceAll("\\p{Cntrl}", "").strip();
        return kept.isEmpty() ? null : kept;
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    /** The API's filter. */
    public static AuditFilter between(OffsetDateTime since, OffsetDateTime until, String subjectKind, String subjectId) {
        return new AuditFilter(since, until, null, null, null, subjectKind, subjectId, null);
    }

    /** The dashboard's filter. */
    public static AuditFilter onDays(LocalDate fromDay, LocalDate untilDay, String actor, String subjectKind, String search) {
        return new AuditFilter(null, null, fromDay, untilDay, actor, subjectKind, null, search);
    }
}
