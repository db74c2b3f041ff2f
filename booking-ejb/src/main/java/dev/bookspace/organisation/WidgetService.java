package dev.bookspace.organisation;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The booking widget an owner embeds in their own site: which sites may show it. Anyone may read the list
 * (the widget page answers with it as its frame-ancestors); only owners change it.
 */
@Stateless
@TenantScoped
public class WidgetService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    /** The sites allowed to frame the organisation's widget; none until its owner lists some. */
    public WidgetOrigins allowedOrigins(Scope scope) {
        return entityManager.find(Organisation.class, scope.organisationId()).widgetOrigins();
    }

    /** Replaces the sites allowed to frame the widget with those the owner typed, one a line. */
    public WidgetOrigins allowOrigins(Scope scope, String typed) {
        if (!scope.has(Role.OWNER)) {
            throw new NotFoundException("There are no settings to see here.");
        }
        WidgetOrigins origins = WidgetOrigins.parse(typed);
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        AuditFields before = AuditFields.of().put("widget_sites", organisation.widgetOrigins().frameAncestors());
        organisation.allowWidgetOn(origins);
        audit.record(scope, "settings.widget_sites_updated", AuditSubject.of("settings", organisation.getId(),
                organisation.getName()), before, AuditFields.of().put("widget_sites", origins.frameAncestors()));
        return origins;
    }
}
