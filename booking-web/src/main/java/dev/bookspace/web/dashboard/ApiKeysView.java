package dev.bookspace.web.dashboard;

import dev.bookspace.integration.ApiKeyRow;
import dev.bookspace.integration.ApiKeyService;
import dev.bookspace.integration.NewApiKey;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.web.shared.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /dashboard/owner/api-keys.xhtml}: the organisation's API keys. A new key is shown once, on
 * this page's answer, and never again; revoking one refuses its next request.
 */
@Named
@ViewScoped
public class ApiKeysView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private ApiKeyService keys;

    private String name;
    private NewApiKey created;
    private List<ApiKeyRow> rows;

    @PostConstruct
    void load() {
        rows = keys.list(current.scope());
    }

    public void create() {
        try {
            created = keys.create(current.scope(), name);
            name = null;
            load();
        } catch (InvalidRequestException e) {
            FormMessages.show("api-keys", e);
        }
    }

    public void revoke(long keyId) {
        try {
            keys.revoke(current.scope(), keyId);
            created = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("apiKeys.revokedDone"));
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.say("apiKeys.gone"));
        }
        load();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NewApiKey getCreated() {
        return created;
    }

    public List<ApiKeyRow> getRows() {
        return rows;
    }

    public long getOrganisationId() {
        return current.account().organisationId();
    }
}
