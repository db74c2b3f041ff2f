package dev.bookspace.web.dashboard;

import dev.bookspace.availability.StayRuleService;
import dev.bookspace.availability.StayRulesForm;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.shared.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The organisation's stay rules on the rates page, beside the seasons that may have rules of their own:
 * saved with a sentence saying so, or refused beside the fields at fault.
 */
@Named
@ViewScoped
public class StayRulesView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private StayRuleService stayRules;

    private StayRulesForm form;
    private List<String> closedArrivals;
    private List<String> closedDepartures;

    @PostConstruct
    void load() {
        form = stayRules.getForm(current.scope());
        closedArrivals = RatesView.names(form.getClosedArrivals());
        closedDepartures = RatesView.names(form.getClosedDepartures());
    }

    public void save() {
        form.setClosedArrivals(RatesView.days(closedArrivals));
        form.setClosedDepartures(RatesView.days(closedDepartures));
        try {
            stayRules.save(current.scope(), form);
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("rates.stayRulesSaved"));
        } catch (InvalidRequestException e) {
            FormMessages.show("stay-rules", e);
        }
    }

    /** The hours a same-day cut-off may fall on, in the organisation's time. */
    public List<Integer> getCutoffHours() {
        return IntStream.rangeClosed(1, 23).boxed().toList();
    }

    public StayRulesForm getForm() {
        return form;
    }

    public List<String> getClosedArrivals() {
        return closedArrivals;
    }

    public void setClosedArrivals(List<String> closedArrivals) {
        this.closedArrivals = closedArrivals;
    }

    public List<String> getClosedDepartures() {
        return closedDepartures;
    }

    public void setClosedDepartures(List<String> closedDepartures) {
        this.closedDepartures = closedDepartures;
    }
}
