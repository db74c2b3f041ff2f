package dev.bookspace.web.dashboard;

import dev.bookspace.booking.FrontDesk;
import dev.bookspace.booking.FrontDeskService;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The dashboard's home: the organisation, and today's arrivals and departures. */
@Named
@RequestScoped
public class DashboardHomeView {

    @Inject
    private CurrentAccount current;

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private FrontDeskService frontDesk;

    private OrganisationSummary organisation;
    private FrontDesk today;

    @PostConstruct
    void load() {
        organisation = directory.findById(current.scope().organisationId()).orElseThrow();
        today = frontDesk.today(current.scope());
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public FrontDesk getToday() {
        return today;
    }
}
