package dev.bookspace.identity;

import dev.bookspace.organisation.Organisation;
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
import java.util.Set;

/**
 * Creates an organisation and its owner, and mails the owner a verification link. A global service
 * (allow-listed): there is no organisation yet to scope it to.
 */
@Stateless
public class SignUpService {

    /** Path words of Bookspace itself, which no organisation identifier may take. */
    static final Set<String> RESERVED = Set.of("api", "dashboard", "public", "resources", "static", "login", "logout",
            "signup", "sign-up", "verify-email", "admin", "help", "www", "bookspace", "index", "errors");

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
        if (RESERVED.contains(form.getIdentifier())) {
            problems.add(new FieldProblem("identifier", "\u201c" + form.getIdentifier()
                    + "\u201d is a word of Bookspace itself; choose another identifier."));
        } else if (!entityManager.createNamedQuery("Organisation.findByIdentifier", Organisation.class)
                .setParameter("identifier", form.getIdentifier()).getResultList().isEmpty()) {
            problems.add(new FieldProblem("identifier", "\u201c" + form.getIdentifier()
                    + "\u201d is taken; choose another identifier."));
        }
        try {
            Currency.getInstance(form.getCurrency());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("currency", form.getCurrency() + " is not a currency; use a code such as EUR."));
        }
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
