package dev.bookspace.web.dashboard;

import static dev.bookspace.shared.SharedJson.PROVIDER;

import dev.bookspace.calendarsync.CalendarFeedService;
import dev.bookspace.calendarsync.Overbooking;
import dev.bookspace.booking.FrontDesk;
import dev.bookspace.booking.FrontDeskService;
import dev.bookspace.booking.Outlook;
import dev.bookspace.booking.OutlookService;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The dashboard's home: today's arrivals and departures, holds about to expire, occupancy of the next
 * 30 days, the last 30 days' revenue as a chart, and, above all, rooms over-booked across channels.
 */
@Named
@RequestScoped
public class DashboardHomeView {

    @Inject
    private CurrentAccount current;

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private FrontDeskService frontDesk;

    @EJB
    private OutlookService outlooks;

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private DashboardWords words;

    private OrganisationSummary organisation;
    private FrontDesk today;
    private Outlook outlook;
    private List<Overbooking> overbookings;

    @PostConstruct
    void load() {
        organisation = directory.findById(current.scope().organisationId()).orElseThrow();
        today = frontDesk.today(current.scope());
        outlook = outlooks.outlook(current.scope());
        overbookings = feeds.overbookings(current.scope());
    }

    public List<Overbooking> getOverbookings() {
        return overbookings;
    }

    /** The revenue chart's Chart.js configuration, as PrimeFaces' chart component takes it. */
    public String getRevenueChart() {
        JsonArrayBuilder labels = PROVIDER.createArrayBuilder();
        JsonArrayBuilder amounts = PROVIDER.createArrayBuilder();
        for (Outlook.DayRevenue day : outlook.revenue()) {
            labels.add(day.day().toString().substring(5));
            amounts.add(day.amount().decimal());
        }
        return PROVIDER.createObjectBuilder()
                .add("type", "bar")
                .add("data", PROVIDER.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", PROVIDER.createArrayBuilder().add(PROVIDER.createObjectBuilder()
                                .add("label", words.say("home.revenueLabel", outlook.revenueTotal().currencyCode()))
                                .add("data", amounts)
                                .add("backgroundColor", "#0b6e4f"))))
                .add("options", PROVIDER.createObjectBuilder()
                        .add("animation", false)
                        .add("plugins", PROVIDER.createObjectBuilder()
                                .add("legend", PROVIDER.createObjectBuilder().add("display", false))))
                .build()
                .toString();
    }

    public Outlook getOutlook() {
        return outlook;
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public FrontDesk getToday() {
        return today;
    }
}
