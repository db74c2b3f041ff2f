package dev.bookspace.audit;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.PageCursor;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Reads the audit log, newest first: for owners on the dashboard and in its CSV export, and for
 * integrations through the API. There is nothing here, or anywhere, that changes an event.
 */
@Stateless
@TenantScoped
public class AuditLogService {

    /** The longest page the API answers. */
    public static final int MAX_PAGE = 200;

    /** An export stops here; a longer log is narrowed with the filter first. */
    public static final int MAX_EXPORT = 10_000;

    private static final String LIST = "a1";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    /** A page of the dashboard's table (or the export, from 0), newest first, times in the organisation's zone. */
    public List<AuditEventRow> list(Scope scope, AuditFilter filter, int first, int pageSize) {
        requireReader(scope);
        ZoneId zone = entityManager.find(Organisation.class, scope.organisationId()).zone();
        TypedQuery<AuditEvent> query = query(scope, filter, "SELECT e FROM AuditEvent e", " ORDER BY e.id DESC", AuditEvent.class);
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(pageSize, 1), MAX_EXPORT))
                .getResultStream().map(event -> event.row().inZone(zone)).toList();
    }

    public long count(Scope scope, AuditFilter filter) {
        requireReader(scope);
        return query(scope, filter, "SELECT COUNT(e) FROM AuditEvent e", "", Long.class).getSingleResult();
    }

    /**
     * A page of events older than the cursor: keyset pagination, so that events recorded meanwhile do
     * not shift the pages.
     *
     * @param before the previous page's cursor, or null for the newest events
     */
    public AuditPage listBefore(Scope scope, AuditFilter filter, String before, int limit) {
        requireReader(scope);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("limit", "Ask for 1 to " + MAX_PAGE + " events a page.")
                    .worded("page.limit.events", MAX_PAGE);
        }
        TypedQuery<AuditEvent> query = query(scope, filter, "SELECT e FROM AuditEvent e",
                (before == null ? "" : " AND e.id < :before") + " ORDER BY e.id DESC", AuditEvent.class);
        if (before != null) {
            query.setParameter("before", PageCursor.decode(LIST, before));
        }
        List<AuditEvent> events = query.setMaxResults(limit + 1).getResultList();
        return new AuditPage(events.stream().limit(limit).map(AuditEvent::row).toList(),
                events.size() > limit ? PageCursor.encode(LIST, events.get(limit - 1).getId()) : null);
    }

    private <T> TypedQuery<T> query(Scope scope, AuditFilter filter, String select, String tail, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.subjectKind() != null && !AuditSubject.KINDS.contains(filter.subjectKind())) {
            throw new InvalidRequestException("subject_kind", "subject_kind is one of " + String.join(", ", AuditSubject.KINDS) + ".")
                    .worded("audit.kind", String.join(", ", AuditSubject.KINDS));
        }
        ZoneId zone = filter.fromDay() == null && filter.untilDay() == null ? null
                : entityManager.find(Organisation.class, scope.organisationId()).zone();
        appendIf(where, filter.since() != null || filter.fromDay() != null, " AND e.occurredAt >= :since");
        appendIf(where, filter.until() != null || filter.untilDay() != null, " AND e.occurredAt < :until");
        appendIf(where, filter.actor() != null, " AND LOWER(e.actorLabel) LIKE :actor");
        appendIf(where, filter.subjectKind() != null, " AND e.subjectKind = :subjectKind");
        appendIf(where, filter.subjectId() != null, " AND e.subjectId = :subjectId");
        appendIf(where, filter.search() != null, " AND (LOWER(e.subjectLabel) LIKE :search OR LOWER(e.actorLabel) LIKE :search"
                + " OR LOWER(e.action) LIKE :search)");
        TypedQuery<T> query = entityManager.createQuery(select + where + tail, type);
        if (filter.since() != null) {
            query.setParameter("since", filter.since());
        } else if (filter.fromDay() != null) {
            query.setParameter("since", filter.fromDay().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        } else if (filter.untilDay() != null) {
            query.setParameter("until", filter.untilDay().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", contains(filter.actor()));
        }
        if (filter.subjectKind() != null) {
            query.setParameter("subjectKind", filter.subjectKind());
        }
        if (filter.subjectId() != null) {
            query.setParameter("subjectId", filter.subjectId());
        }
        if (filter.search() != null) {
            query.setParameter("search", contains(filter.search()));
        }
        return query;
    }

    private static void appendIf(StringBuilder where, boolean condition, String clause) {
        if (condition) {
            where.append(clause);
        }
    }

    private static String contains(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
    }

    /** Owners read the log on the dashboard; integrations through the API. Staff do not: it names what owners did. */
    private static void requireReader(Scope scope) {
        if (!scope.has(Role.OWNER) && !scope.has(Role.INTEGRATION)) {
            throw new NotFoundException("There is no audit log to see here.");
        }
    }
}
