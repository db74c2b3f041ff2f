package dev.bookspace.api.audit;

import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.api.shared.QueryValues;
import dev.bookspace.audit.AuditFilter;
import dev.bookspace.audit.AuditLogService;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v3/organisations/{organisation_id}/audit-events}: the organisation's audit log, newest
 * first, read-only (there is no route that writes or removes an event).
 */
@Path("organisations/{organisation_id}/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditEventResource {

    @Inject
    private OrganisationScopes scopes;

    @EJB
    private AuditLogService auditLog;

    /**
     * Events from {@code since} (inclusive) to {@code until} (exclusive), of one {@code subject_kind} and
     * {@code subject_id}, {@code limit} (1 to 200, default 50) a page; {@code cursor} is the previous
     * page's {@code next_cursor}.
     */
    @GET
    public AuditEventListJson list(@PathParam("organisation_id") String organisationId, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("subject_kind") String subjectKind,
            @QueryParam("subject_id") String subjectId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        Scope scope = scopes.scopeFor(organisationId);
        AuditFilter filter = AuditFilter.between(QueryValues.instant("since", since), QueryValues.instant("until", until),
                subjectKind, subjectId);
        return AuditEventListJson.of(auditLog.listBefore(scope, filter, cursor,
                QueryValues.number("limit", limit)));
    }
}
