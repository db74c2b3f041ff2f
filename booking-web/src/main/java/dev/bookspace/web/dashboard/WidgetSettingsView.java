package dev.bookspace.web.dashboard;

import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.WidgetService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.web.shared.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /dashboard/owner/widget.xhtml}: the booking widget for the owner's own site, the snippet to paste and
 * the sites allowed to show it.
 */
@Named
@RequestScoped
public class WidgetSettingsView {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private WidgetService widget;

    @EJB
    private OrganisationDirectory directory;

    @Inject
    private PublicUrls urls;

    private String origins;
    private String identifier;

    @PostConstruct
    void load() {
        origins = widget.allowedOrigins(current.scope()).lines();
        identifier = directory.findById(current.scope().organisationId()).orElseThrow().identifier();
    }

    public void save() {
        try {
            origins = widget.allowOrigins(current.scope(), origins).lines();
            FormMessages.global(FacesMessage.SEVERITY_INFO, origins.isEmpty()
                    ? words.say("widget.savedNone") : words.say("widget.saved"));
        } catch (InvalidRequestException e) {
            FormMessages.show("widget", e);
        }
    }

    /** The one tag an owner pastes into their site where the widget should show. */
    public String getSnippet() {
        return "<script src=\"" + urls.of("/widget.js") + "\" data-organisation=\"" + identifier + "\" async></script>";
    }

    /** The widget page itself, opened on its own as a preview: framed anywhere but the listed sites, it stays empty. */
    public String getPreview() {
        return urls.of("/" + identifier + "/widget");
    }

    public String getOrigins() {
        return origins;
    }

    public void setOrigins(String origins) {
        this.origins = origins;
    }
}
