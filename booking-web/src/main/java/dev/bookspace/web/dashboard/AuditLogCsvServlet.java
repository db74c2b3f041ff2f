package dev.bookspace.web.dashboard;

import dev.bookspace.audit.AuditEventRow;
import dev.bookspace.audit.AuditFilter;
import dev.bookspace.audit.AuditLogService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.Wording;
import dev.bookspace.web.shared.CsvDownload;
import dev.bookspace.web.shared.PageLanguage;
import dev.bookspace.web.shared.RefusalWords;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /dashboard/owner/audit-log.csv}: the filtered audit log as CSV ({@link CsvDownload}), newest
 * first, owners only (the dashboard pipeline's owner step), with the changes one field a line. A filter its menus never
 * send (an address edited by hand) answers the 400 page, saying what to correct in the reader's language.
 */
@WebServlet("/dashboard/owner/audit-log.csv")
public class AuditLogCsvServlet extends HttpServlet {

    @Inject
    private CurrentAccount current;

    @Inject
    private PageLanguage page;

    @EJB
    private AuditLogService auditLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<AuditEventRow> rows;
        try {
            AuditFilter filter = AuditFilter.onDays(date(request.getParameter("from")), date(request.getParameter("until")),
                    request.getParameter("actor"), request.getParameter("kind"), request.getParameter("q"));
            rows = auditLog.list(current.scope(), filter, 0, AuditLogService.MAX_EXPORT);
        } catch (InvalidRequestException e) {
            request.setAttribute(GuestDataServlet.REFUSAL, RefusalWords.of(e, page.getLocale()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (DateTimeException e) {
            String english = "Write the days as YYYY-MM-DD, such as 2027-01-31.";
            request.setAttribute(GuestDataServlet.REFUSAL, RefusalWords.of(new Wording("audit.dates", List.of()), english,
                    page.getLocale()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, english);
            return;
        }
        CsvDownload csv = CsvDownload.start(response, "audit-log.csv", List.of("occurred_at", "actor_kind", "actor", "action",
                "subject_kind", "subject_id", "subject", "changes"));
        for (AuditEventRow row : rows) {
            csv.row(List.of(row.occurredAt().toString(), row.actorKind(), row.actorLabel(), row.action(), row.subjectKind(),
                    row.subjectId(), row.subjectLabel(), row.changesText()));
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
