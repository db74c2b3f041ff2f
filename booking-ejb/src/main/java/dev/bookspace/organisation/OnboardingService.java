package dev.bookspace.organisation;

import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The getting-started checklist an owner sees on the dashboard home. Steps that change the organisation's data
 * tick themselves off by reading it (a room exists, a rate or a stay rule is set, Stripe is connected); those
 * that leave no trace (the public page opened, its link copied, pay on arrival kept) are marked when the owner
 * does them. One query, native SQL with the organisation's id bound, as EclipseLink's tenant filter does not
 * reach native queries.
 */
@Stateless
@TenantScoped
public class OnboardingService {

    /** The marks an owner's actions leave (V26). */
    public enum Mark {
        PAY_ON_ARRIVAL, PUBLIC_PAGE_OPENED, LINK_SHARED, DISMISSED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String PROGRESS = """
            SELECT EXISTS (SELECT 1 FROM items WHERE organisation_id = ?1),
                   EXISTS (SELECT 1 FROM seasons WHERE organisation_id = ?1)
                       OR EXISTS (SELECT 1 FROM weekday_rates WHERE organisation_id = ?1)
                       OR EXISTS (SELECT 1 FROM stay_discounts WHERE organisation_id = ?1)
                       OR EXISTS (SELECT 1 FROM charges WHERE organisation_id = ?1)
                       OR o.min_nights > 1 OR o.closed_arrival_days <> 0 OR o.closed_departure_days <> 0
                       OR o.lead_days > 0 OR o.same_day_cutoff_hour IS NOT NULL,
                   o.stripe_secret_key IS NOT NULL,
                   COALESCE((SELECT array_agg(step) FROM onboarding_marks WHERE organisation_id = ?1), '{}')::text
            FROM organisations o WHERE o.id = ?1""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    public Checklist checklist(Scope scope) {
        requireOwner(scope);
        Object[] row = (Object[]) entityManager.createNativeQuery(PROGRESS).setParameter(1, scope.organisationId())
                .getSingleResult();
        Set<String> marks = Set.of(((String) row[3]).replaceAll("[{}]", "").split(","));
        return new Checklist(List.of(
                new Checklist.Step("add_room", "Add your first room", "Its name, nightly price and how many it sleeps.",
                        (Boolean) row[0]),
                new Checklist.Step("set_rates", "Set prices and rules",
                        "Seasons, weekend prices, discounts, taxes, minimum nights.", (Boolean) row[1]),
                new Checklist.Step("choose_payments", "Choose how guests pay",
                        "Connect Stripe on Settings to take cards when guests book, or keep pay on arrival.",
                        (Boolean) row[2] || marks.contains(Mark.PAY_ON_ARRIVAL.column())),
                new Checklist.Step("open_public_page", "Open your public page", "See your rooms as a guest does.",
                        marks.contains(Mark.PUBLIC_PAGE_OPENED.column())),
                new Checklist.Step("share_link", "Share your link", "Put it on your website, in your e-mails and profiles.",
                        marks.contains(Mark.LINK_SHARED.column()))),
                marks.contains(Mark.DISMISSED.column()));
    }

    /** The owner did a step that leaves no other trace; marking it twice changes nothing. */
    public void mark(Scope scope, Mark mark) {
        requireOwner(scope);
        entityManager.createNativeQuery("""
                        INSERT INTO onboarding_marks (organisation_id, step) VALUES (?1, ?2)
                        ON CONFLICT (organisation_id, step) DO NOTHING""")
                .setParameter(1, scope.organisationId())
                .setParameter(2, mark.column())
                .executeUpdate();
    }

    private static void requireOwner(Scope scope) {
        if (!scope.has(Role.OWNER)) {
            throw new NotFoundException("There is nothing to see here.");
        }
    }
}
