package dev.bookspace.web.dashboard;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.webhook.NewWebhookEndpoint;
import dev.bookspace.webhook.ReplayLimitException;
import dev.bookspace.webhook.WebhookDeliveryRow;
import dev.bookspace.webhook.WebhookEndpointRow;
import dev.bookspace.webhook.WebhookService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /dashboard/owner/webhooks.xhtml}: where the organisation's booking events are sent, the
 * signing secret of a new endpoint (shown once), and the delivery log with replay.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private WebhookService webhooks;

    private String url;
    private String description;
    private NewWebhookEndpoint created;
    private List<WebhookEndpointRow> endpoints;
    private List<WebhookDeliveryRow> deliveries;

    @PostConstruct
    void load() {
        endpoints = webhooks.list(current.scope());
        deliveries = webhooks.deliveries(current.scope());
    }

    public void register() {
        try {
            created = webhooks.register(current.scope(), url, description);
            url = null;
            description = null;
            load();
        } catch (InvalidRequestException e) {
            FormMessages.show("webhooks", e);
        }
    }

    public void remove(long endpointId) {
        try {
            webhooks.remove(current.scope(), endpointId);
            created = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("webhooks.removed"));
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.say("webhooks.endpointGone"));
        }
        load();
    }

    public void replay(long deliveryId) {
        try {
            WebhookDeliveryRow again = webhooks.replay(current.scope(), deliveryId);
            FormMessages.global(FacesMessage.SEVERITY_INFO,
                    words.say("webhooks.sendingAgain", again.eventType(), again.bookingReference()));
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.say("webhooks.deliveryGone"));
        } catch (ReplayLimitException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.say("webhooks.replayLimit", e.seconds(), e.perMinute()));
        }
        load();
    }

    /** The log fills in the background: the page reads it again on request. */
    public void refresh() {
        load();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public NewWebhookEndpoint getCreated() {
        return created;
    }

    public List<WebhookEndpointRow> getEndpoints() {
        return endpoints;
    }

    public List<WebhookDeliveryRow> getDeliveries() {
        return deliveries;
    }
}
