package dev.bookspace.web.dashboard;

import dev.bookspace.organisation.Logo;
import dev.bookspace.organisation.LogoService;
import dev.bookspace.organisation.PropertyForm;
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
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /dashboard/owner/settings.xhtml}: the owner edits the organisation's settings, its identifier
 * and currency, and its Stripe keys; and, in a form of its own, the property's details guests see.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private SettingsService settings;

    @EJB
    private LogoService logos;

    private SettingsForm form;
    private PropertyForm property;
    private Logo logo;
    private String savedIdentifier;

    @PostConstruct
    void load() {
        form = settings.getSettings(current.scope());
        property = settings.getProperty(current.scope());
        logo = settings.getLogo(current.scope());
        savedIdentifier = form.getIdentifier();
    }

    public void uploadLogo(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            logo = logos.change(current.scope(), file.getFileName(), file.getContent());
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("settings.logoSaved"));
        } catch (InvalidRequestException e) {
            FormMessages.show("logo-form", e);
        }
    }

    public void removeLogo() {
        logos.remove(current.scope());
        logo = null;
        FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("settings.logoRemoved"));
    }

    /** The logo now, or null without one. */
    public Logo getLogo() {
        return logo;
    }

    public void save() {
        try {
            settings.saveSettings(current.scope(), form);
            load();
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("settings.saved"));
        } catch (InvalidRequestException e) {
            FormMessages.show("settings", e);
        }
    }

    public void saveProperty() {
        try {
            settings.saveProperty(current.scope(), property);
            property = settings.getProperty(current.scope());
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("settings.propertySaved"));
        } catch (InvalidRequestException e) {
            FormMessages.show("property", e);
        }
    }

    public PropertyForm getProperty() {
        return property;
    }

    public SettingsForm getForm() {
        return form;
    }

    /** The identifier the public pages answer at now: the saved one, not what is being typed. */
    public String getSavedIdentifier() {
        return savedIdentifier;
    }
}
