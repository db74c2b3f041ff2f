package dev.bookspace.web.dashboard;

import dev.bookspace.organisation.SettingsForm;
import dev.bookspace.organisation.SettingsService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.shared.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /dashboard/owner/settings.xhtml}: the owner edits the organisation's settings and Stripe keys. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    @Inject
    private CurrentAccount current;

    @EJB
    private SettingsService settings;

    private SettingsForm form;

    @PostConstruct
    void load() {
        form = settings.getSettings(current.scope());
    }

    public void save() {
        try {
            settings.saveSettings(current.scope(), form);
            form = settings.getSettings(current.scope());
            FormMessages.global(FacesMessage.SEVERITY_INFO, "Settings saved.");
        } catch (InvalidRequestException e) {
            FormMessages.show("settings", e);
        }
    }

    public SettingsForm getForm() {
        return form;
    }
}
