package dev.bookspace.identity;

import dev.bookspace.organisation.Currencies;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.organisation.OrganisationIdentifier;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.tenancy.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Creates an organisation and its owner, and mails the owner a verification link. A global service
 * (allow-listed): there is no organisation yet to scope it to.
 */
@Stateless
public class SignUpService {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Validator validator;

    @EJB
    private AccountService accounts;

    /** Answers the owner's account, not yet verified. */
    public Account signUp(SignUpForm form) {
        List<FieldProblem> problems = new ArrayList<>(Constraints.problems(validator, form, ""));
        if (problems.isEmpty()) {
            problems.addAll(whatOnlyTheDatabaseKnows(form));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Organisation organisation = new Organisation(form.getIdentifier(), form.getOrganisationName().strip(),
                Currency.getInstance(form.getCurrency()), ZoneId.of(form.getTimeZone()));
        entityManager.persist(organisation);
        entityManager.flush();
        User owner = new User(organisation.getId(), form.getEmail(), form.getOwnerName(), form.getPassword(),
                Role.OWNER, OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.persist(owner);
        entityManager.flush();
        accounts.sendVerification(owner.getId());
        return owner.account();
    }

    private List<FieldProblem> whatOnlyTheDatabaseKnows(SignUpForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationIdentifier.refusal(entityManager, form.getIdentifier(), null).ifPresent(problems::add);
        Currencies.refusal(form.getCurrency()).ifPresent(problems::add);
        try {
            ZoneId.of(form.getTimeZone());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", form.getTimeZone() + " is not a time zone; use one such as Europe/Lisbon."));
        }
        if (!entityManager.createNamedQuery("User.findByEmail", User.class)
                .setParameter("email", User.normalise(form.getEmail())).getResultList().isEmpty()) {
            problems.add(new FieldProblem("email", "There is already an account for this address; sign in instead."));
        }
        return problems;
    }
}
