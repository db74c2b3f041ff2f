package dev.bookspace.identity;

import dev.bookspace.organisation.Currencies;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.organisation.OrganisationIdentifier;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.tenancy.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import java.util.Optional;

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

    @Inject
    private Event<AccountExistsMail> accountExists;

    @Inject
    private PublicUrls urls;

    /**
     * Creates the organisation and its owner, not yet verified, and mails the verification link; answers
     * the address it went to. An address that already has an account is not refused, which would tell
     * anyone who has an account: its owner is mailed instead, nothing is created, and the page reads the
     * same, after as long.
     */
    public String signUp(SignUpForm form) {
        List<FieldProblem> problems = new ArrayList<>(Constraints.problems(validator, form, ""));
        if (problems.isEmpty()) {
            problems.addAll(whatOnlyTheDatabaseKnows(form));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Optional<User> existing = entityManager.createNamedQuery("User.findByEmail", User.class)
                .setParameter("email", User.normalise(form.getEmail())).getResultStream().findFirst();
        if (existing.isPresent()) {
            PasswordHasher.hash(form.getPassword()); // as long as creating the owner takes
            accountExists.fire(new AccountExistsMail(existing.get().getEmail(), existing.get().getName(),
                    urls.of("/login.xhtml"), urls.of("/forgot-password.xhtml")));
            return existing.get().getEmail();
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
        return owner.getEmail();
    }

    private List<FieldProblem> whatOnlyTheDatabaseKnows(SignUpForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationIdentifier.refusal(entityManager, form.getIdentifier(), null).ifPresent(problems::add);
        Currencies.refusal(form.getCurrency()).ifPresent(problems::add);
        try {
            ZoneId.of(form.getTimeZone());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", form.getTimeZone() + " is not a time zone; use one such as Europe/Lisbon.")
                    .worded("settings.timeZone", form.getTimeZone()));
        }
        return problems;
    }
}
