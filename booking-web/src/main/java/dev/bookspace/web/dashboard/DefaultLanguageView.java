package dev.bookspace.web.dashboard;

import dev.bookspace.organisation.SettingsService;
import dev.bookspace.shared.Language;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.PageWords;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The owner's choice, on Settings, of the language the public pages speak to a guest whose browser asks for none
 * that Bookspace speaks. A form of its own, saved on its own, beside the settings' form.
 */
@Named
@ViewScoped
public class DefaultLanguageView implements Serializable {

    @Inject
    private CurrentAccount current;

    @Inject
    private PageWords words;

    @EJB
    private SettingsService settings;

    private String code;

    @PostConstruct
    void load() {
        code = settings.getDefaultLanguage(current.scope()).code();
    }

    public void save() {
        Language language = Language.of(code).orElse(null);
        if (language == null) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.get("settings.default-language.unknown"));
            return;
        }
        settings.changeDefaultLanguage(current.scope(), language);
        FormMessages.global(FacesMessage.SEVERITY_INFO, words.format("settings.default-language.saved", language.ownName()));
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
