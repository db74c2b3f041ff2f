package dev.bookspace.web.dashboard;

import dev.bookspace.audit.AuditEventRow;
import dev.bookspace.audit.AuditFilter;
import dev.bookspace.audit.AuditLogService;
import dev.bookspace.audit.AuditSubject;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /dashboard/owner/audit-log.xhtml}: who changed what, newest first, a page at a time from the
 * database, filtered by days, actor, kind of thing and a search over the labels; and its CSV export.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    private CurrentAccount current;

    @EJB
    private AuditLogService auditLog;

    private LocalDate fromDay;
    private LocalDate untilDay;
    private String actor;
    private String subjectKind;
    private String search;

    private final LazyDataModel<AuditEventRow> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> columnFilters) {
            return (int) auditLog.count(current.scope(), filter());
        }

        @Override
        public List<AuditEventRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> columnFilters) {
            return auditLog.list(current.scope(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEventRow row) {
            return String.valueOf(row.id());
        }
    };

    private AuditFilter filter() {
        return AuditFilter.onDays(fromDay, untilDay, actor, subjectKind, search);
    }

    /** The CSV export of what the filter shows. */
    public String getCsvLink() {
        StringBuilder link = new StringBuilder("/dashboard/owner/audit-log.csv?");
        append(link, "from", fromDay == null ? null : fromDay.toString());
        append(link, "until", untilDay == null ? null : untilDay.toString());
        append(link, "actor", actor);
        append(link, "kind", subjectKind);
        append(link, "q", search);
        return link.substring(0, link.length() - 1);
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    public String when(AuditEventRow row) {
        return WHEN.format(row.occurredAt());
    }

    public List<String> getSubjectKinds() {
        return AuditSubject.KINDS;
    }

    public LazyDataModel<AuditEventRow> getRows() {
        return rows;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getUntilDay() {
        return untilDay;
    }

    public void setUntilDay(LocalDate untilDay) {
        this.untilDay = untilDay;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public void setSubjectKind(String subjectKind) {
        this.subjectKind = subjectKind;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
