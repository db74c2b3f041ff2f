package dev.bookspace.availability;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.organisation.SettingsCache;
import dev.bookspace.pricing.Season;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's stay rules: read for every search, quote and booking ({@link StayRules} judges), and
 * set by its staff on the rates page, each change recorded in the audit log.
 */
@Stateless
@TenantScoped
public class StayRuleService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Validator validator;

    @EJB
    private AuditTrail audit;

    @Inject
    private SettingsCache settings;

    private final Clock clock = Clock.systemUTC();

    /** The organisation's rules with its seasons' own: one row and one small indexed query, kept while they stay as they are. */
    public StayRules rules(Scope scope) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        return settings.get(organisation, StayRules.class, () -> new StayRules(organisation.stayRules(),
                entityManager.createNamedQuery("Season.listAll", Season.class).getResultStream()
                        .map(season -> new StayRules.Season(season.getName(), season.getFirstNight(), season.getLastNight(),
                                season.getMinNights(), season.getMaxNights(), season.closedArrivals(), season.closedDepartures()))
                        .toList()));
    }

    /** The rules the stay breaks, as of now in the organisation's time zone; empty when it takes the stay. */
    public List<StayRuleBreach> breaches(Scope scope, StayPeriod stay) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        return rules(scope).breaches(stay, organisation.now(clock));
    }

    /** The stay nearest the one asked for that the rules take, offered to a guest whose dates break them. */
    public Optional<StayPeriod> nearestStay(Scope scope, StayPeriod wanted) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        return rules(scope).nearestStay(wanted, organisation.now(clock));
    }

    /**
     * The stay a public page shows when its address names no dates: the first the rules take, or tonight
     * (whose page then says which rule refuses it).
     */
    public StayPeriod firstStay(Scope scope) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        LocalDate today = organisation.today(clock);
        return rules(scope).firstStay(organisation.now(clock)).orElse(StayPeriod.of(today, today.plusDays(1)));
    }

    /**
     * Refuses a stay the organisation does not take, with every rule it breaks. Staff may book such a stay
     * at the desk: their page shows the rules it breaks, and the booking's history records the override.
     */
    public void requireTaken(Scope scope, StayPeriod stay) {
        if (scope.isStaff()) {
            return;
        }
        List<StayRuleBreach> broken = breaches(scope, stay);
        if (!broken.isEmpty()) {
            throw new StayRuleException(broken);
        }
    }

    public StayRulesForm getForm(Scope scope) {
        StayRules.Defaults rules = staffOrganisation(scope).stayRules();
        StayRulesForm form = new StayRulesForm();
        form.setMinNights(rules.minNights());
        form.setMaxNights(rules.maxNights());
        form.setClosedArrivals(new ArrayList<>(withType(rules.closedArrivals())));
        form.setClosedDepartures(new ArrayList<>(withType(rules.closedDepartures())));
        form.setHorizonMonths(rules.horizonMonths());
        form.setLeadDays(rules.leadDays());
        form.setSameDayCutoffHour(rules.sameDayCutoffHour());
        return form;
    }

    public void save(Scope scope, StayRulesForm form) {
        Organisation organisation = staffOrganisation(scope);
        Constraints.requireValid(validator, form);
        Set<DayOfWeek> arrivals = withType(form.getClosedArrivals());
        Set<DayOfWeek> departures = withType(form.getClosedDepartures());
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>(
                StayRules.problems(form.getMinNights(), form.getMaxNights(), arrivals, departures));
        if (form.getSameDayCutoffHour() != null && form.getLeadDays() > 0) {
            problems.add(new InvalidRequestException.FieldProblem("sameDayCutoffHour",
                    "A same-day cut-off needs 0 lead days; with " + form.getLeadDays() + " there are no same-day bookings.")
                    .worded("stayRules.cutoffNeedsNoLead", form.getLeadDays()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        AuditFields before = auditFields(organisation.stayRules());
        organisation.changeStayRules(new StayRules.Defaults(form.getMinNights(), form.getMaxNights(), arrivals, departures,
                form.getHorizonMonths(), form.getLeadDays(), form.getSameDayCutoffHour()));
        audit.record(scope, "stay_rules.changed", AuditSubject.of("stay_rules", organisation.getId(), "Stay rules"),
                before, auditFields(organisation.stayRules()));
    }

    private static AuditFields auditFields(StayRules.Defaults rules) {
        return AuditFields.of()
                .put("min_nights", rules.minNights())
                .put("max_nights", rules.maxNights())
                .put("closed_arrivals", withType(rules.closedArrivals()).toString())
                .put("closed_departures", withType(rules.closedDepartures()).toString())
                .put("horizon_months", rules.horizonMonths())
                .put("lead_days", rules.leadDays())
                .put("same_day_cutoff_hour", rules.sameDayCutoffHour());
    }

    /** An EnumSet, which keeps the days in their order in the week, even when there are none. */
    private static Set<DayOfWeek> withType(Collection<DayOfWeek> days) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        set.addAll(days);
        return set;
    }

    /** Only the organisation's owners and staff change its rules, as they do its rates. */
    private Organisation staffOrganisation(Scope scope) {
        if (!scope.isStaff()) {
            throw new NotFoundException("There are no such stay rules.");
        }
        return entityManager.find(Organisation.class, scope.organisationId());
    }
}
