package dev.bookspace.identity;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.Constraints;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.shared.UniqueViolation;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The owner's staff page: who may sign in to the organisation, as owner or staff, and invitations for
 * new people. For owners only; others find nothing here. Users are not tenant-filtered (a person signs
 * in before their organisation is known), so every read here names the scope's organisation itself,
 * and someone of another organisation answers as not found.
 */
@Stateless
@TenantScoped
public class StaffService {

    static final int INVITATION_DAYS = 7;
    private static final String ALREADY_ON_STAFF = "Someone on your staff, or invited to it, already has this address.";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private Validator validator;

    @Inject
    private Event<InvitationMail> invitationMails;

    @Inject
    private PublicUrls urls;

    @EJB
    private AuditTrail audit;

    public List<StaffMember> listStaff(Scope scope) {
        requireOwner(scope);
        return entityManager.createNamedQuery("User.findByOrganisation", User.class)
                .setParameter("organisation", scope.organisationId())
                .getResultStream()
                .map(user -> {
                    Account account = user.account();
                    return new StaffMember(account.userId(), account.name(), account.email(), account.role(),
                            account.verified(), Objects.equals(account.userId(), scope.userId()));
                })
                .toList();
    }

    /** Creates the person with no usable password and mails them a link to choose one. */
    public void invite(Scope scope, InvitationForm form) {
        requireOwner(scope);
        List<FieldProblem> problems = new ArrayList<>(Constraints.problems(validator, form, ""));
        if (form.getRole() != null && form.getRole() != Role.OWNER && form.getRole() != Role.STAFF) {
            problems.add(new FieldProblem("role", "Invite them as owner or staff.").worded("staff.inviteRole"));
        }
        if (problems.isEmpty() && !entityManager.createNamedQuery("User.findInOrganisation", User.class)
                .setParameter("organisation", scope.organisationId())
                .setParameter("email", User.normalise(form.getEmail())).getResultList().isEmpty()) {
            // The owner sees their staff list anyway. Whether the address signs in elsewhere is not
            // said: the invitation goes out alike, and only its page tells the address's owner.
            problems.add(new FieldProblem("email", ALREADY_ON_STAFF).worded("staff.alreadyOnStaff"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        User invitee = User.invited(scope.organisationId(), form.getEmail(), form.getName(), form.getRole(),
                OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.persist(invitee);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new InvalidRequestException("email", ALREADY_ON_STAFF).worded("staff.alreadyOnStaff");
            }
            throw e;
        }
        sendInvitation(scope, invitee);
        audit.record(scope, "staff.invited", StaffAudit.subject(invitee), null, StaffAudit.fields(invitee));
    }

    /** A fresh link for someone who has not accepted yet, at most {@value AccountService#RESENDS_PER_HOUR} an hour. */
    public void reinvite(Scope scope, long userId) {
        requireOwner(scope);
        User invitee = member(scope, userId);
        if (invitee.account().verified()) {
            throw new InvalidRequestException("staff", invitee.getName() + " has already accepted and signs in with their own password.")
                    .worded("staff.alreadyAccepted", invitee.getName());
        }
        long recent = entityManager.createNamedQuery("EmailToken.countSince", Long.class)
                .setParameter("user", invitee)
                .setParameter("purpose", EmailToken.INVITATION)
                .setParameter("since", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .getSingleResult();
        if (recent >= AccountService.RESENDS_PER_HOUR) {
            throw new InvalidRequestException("staff", "We have sent " + invitee.getName() + " " + AccountService.RESENDS_PER_HOUR
                    + " invitations in the last hour; ask them to use one of those, or try again later.")
                    .worded("staff.tooManyInvitations", invitee.getName(), AccountService.RESENDS_PER_HOUR);
        }
        sendInvitation(scope, invitee);
        audit.record(scope, "staff.reinvited", StaffAudit.subject(invitee), null, AuditFields.of().put("invitation", "sent again"));
    }

    public void changeRole(Scope scope, long userId, Role role) {
        lockOrganisation(scope);
        User user = member(scope, userId);
        if (role != Role.OWNER && role != Role.STAFF) {
            throw new InvalidRequestException("staff", "A person is an owner or staff.").worded("staff.ownerOrStaff");
        }
        if (user.getRole() == Role.OWNER && role == Role.STAFF) {
            requireAnotherOwner(scope, user);
        }
        AuditFields before = StaffAudit.fields(user);
        user.changeRole(role);
        audit.record(scope, "staff.role_changed", StaffAudit.subject(user), before, StaffAudit.fields(user));
    }

    /**
     * Deletes the person and their links rather than deactivating them: nothing else refers to a user
     * (a booking's history names its actor in words), their address is free to be invited again, and
     * since each request reads its account afresh, a session they still hold ends at its next request.
     */
    public void remove(Scope scope, long userId) {
        lockOrganisation(scope);
        User user = member(scope, userId);
        if (user.getRole() == Role.OWNER) {
            requireAnotherOwner(scope, user);
        }
        entityManager.createNamedQuery("EmailToken.deleteByUser").setParameter("user", user).executeUpdate();
        entityManager.remove(user);
        audit.record(scope, "staff.removed", StaffAudit.subject(user), StaffAudit.fields(user), null);
    }

    private void sendInvitation(Scope scope, User invitee) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EmailToken.Issued link = EmailToken.issue(invitee, EmailToken.INVITATION, now, now.plusDays(INVITATION_DAYS));
        entityManager.persist(link.row());
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        User owner = entityManager.find(User.class, scope.userId());
        invitationMails.fire(new InvitationMail(invitee.getEmail(), invitee.getName(), organisation.getName(),
                owner == null ? organisation.getName() : owner.getName(), invitee.getRole() == Role.OWNER,
                urls.of("/accept-invitation.xhtml?token=" + link.token())));
    }

    /** An organisation always keeps an owner, or nobody could run its settings and staff again. */
    private void requireAnotherOwner(Scope scope, User owner) {
        long owners = entityManager.createNamedQuery("User.countByRole", Long.class)
                .setParameter("organisation", scope.organisationId())
                .setParameter("role", Role.OWNER)
                .getSingleResult();
        if (owners <= 1) {
            String who = Objects.equals(owner.getId(), scope.userId()) ? "You are" : owner.getName() + " is";
            InvalidRequestException refusal = new InvalidRequestException("staff", who + " the only owner; make someone else an owner first.");
            throw Objects.equals(owner.getId(), scope.userId()) ? refusal.worded("staff.youOnlyOwner")
                    : refusal.worded("staff.onlyOwner", owner.getName());
        }
    }

    /**
     * Owners' changes to people wait for one another, so two owners demoting each other at once cannot
     * leave the organisation with none.
     */
    private void lockOrganisation(Scope scope) {
        requireOwner(scope);
        entityManager.find(Organisation.class, scope.organisationId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private User member(Scope scope, long userId) {
        User user = entityManager.find(User.class, userId);
        if (user == null || user.getOrganisationId() != scope.organisationId()) {
            throw new NotFoundException("There is no such person in your organisation.");
        }
        return user;
    }

    private static void requireOwner(Scope scope) {
        if (!scope.has(Role.OWNER)) {
            throw new NotFoundException("There is no staff list to see here.");
        }
    }
}
