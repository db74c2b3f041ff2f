package dev.bookspace.audit;

import dev.bookspace.identity.Account;
import dev.bookspace.identity.AccountService;
import dev.bookspace.tenancy.Actor;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes the audit log. Each service calls it where it makes a change, inside the change's own
 * transaction (MANDATORY: it cannot be called outside one), so a change rolled back leaves no event
 * and an event never records a change that did not happen.
 */
@Stateless
@TenantScoped
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AccountService accounts;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records that the scope's actor did {@code action} to {@code subject}, with the fields that differ
     * between {@code before} and {@code after} (null before: created; null after: removed). Nothing is
     * recorded when both are given and no field differs: saving a form unchanged is not a change.
     *
     * @param action {@code <subject kind>.<past participle>}: {@code booking.cancelled}, {@code api_key.revoked}
     */
    public void record(Scope scope, String action, AuditSubject subject, AuditFields before, AuditFields after) {
        AuditFields.Diff diff = AuditFields.diff(before, after);
        if (before != null && after != null && diff.changed() == 0) {
            return;
        }
        Actor actor = scope.actor();
        entityManager.persist(new AuditEvent(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS), actor.kind(), actor.id(), label(actor, subject), subject, action,
                diff.before(), diff.after()));
    }

    /** The actor as they were called at the time: a person's address, a key's or job's name, a guest by their booking. */
    private String label(Actor actor, AuditSubject subject) {
        return switch (actor.kind()) {
            case PERSON -> actor.id() == null ? actor.label()
                    : accounts.find(actor.id()).map(Account::email).orElse("A removed person");
            case GUEST -> "booking".equals(subject.kind()) ? "Guest of booking " + subject.id() : "A guest";
            case API_KEY, SYSTEM -> actor.label();
        };
    }
}
