package dev.bookspace.web.dashboard;

import dev.bookspace.organisation.Checklist;
import dev.bookspace.organisation.OnboardingService;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.tenancy.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The getting-started checklist on the dashboard home, for owners, until it is done or put away. */
@Named
@RequestScoped
public class ChecklistView {

    @Inject
    private CurrentAccount current;

    @EJB
    private OnboardingService onboarding;

    @EJB
    private OrganisationDirectory directory;

    @Inject
    private PublicUrls urls;

    private Checklist checklist;

    @PostConstruct
    void load() {
        checklist = current.scope().has(Role.OWNER) ? onboarding.checklist(current.scope()) : null;
    }

    public boolean isShown() {
        return checklist != null && checklist.shown();
    }

    /** The public page's full address, as the owner shares it. */
    public String getPublicAddress() {
        return urls.of("/" + directory.findById(current.scope().organisationId()).orElseThrow().identifier() + "/rooms");
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public void keepPayOnArrival() {
        mark(OnboardingService.Mark.PAY_ON_ARRIVAL);
    }

    /** The owner copied the public page's address (the page copies it; this ticks the step). */
    public void shared() {
        mark(OnboardingService.Mark.LINK_SHARED);
    }

    public void dismiss() {
        mark(OnboardingService.Mark.DISMISSED);
    }

    private void mark(OnboardingService.Mark mark) {
        onboarding.mark(current.scope(), mark);
        load();
    }
}
