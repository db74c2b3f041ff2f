package dev.bookspace.web.dashboard;

import dev.bookspace.identity.InvitationForm;
import dev.bookspace.identity.StaffMember;
import dev.bookspace.identity.StaffService;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.web.shared.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /dashboard/owner/staff.xhtml}: the owner sees who may sign in, changes their roles, removes
 * them, and invites new people by e-mail.
 */
@Named
@ViewScoped
public class StaffView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private StaffService staff;

    private List<StaffMember> members = List.of();
    private InvitationForm form = new InvitationForm();

    @PostConstruct
    void load() {
        members = staff.listStaff(current.scope());
    }

    public void invite() {
        try {
            staff.invite(current.scope(), form);
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("staff.mailed", form.getEmail().strip()));
            form = new InvitationForm();
            load();
        } catch (InvalidRequestException e) {
            FormMessages.show("invite", e);
        }
    }

    public void reinvite(StaffMember member) {
        if (changed(member, () -> staff.reinvite(current.scope(), member.userId()))) {
            done(member, words.say("staff.freshInvitation", member.email()));
        }
    }

    public void makeOwner(StaffMember member) {
        if (changed(member, () -> staff.changeRole(current.scope(), member.userId(), Role.OWNER))) {
            done(member, words.say("staff.nowOwner", member.name()));
        }
    }

    public void makeStaff(StaffMember member) {
        if (changed(member, () -> staff.changeRole(current.scope(), member.userId(), Role.STAFF))) {
            done(member, words.say("staff.nowStaff", member.name()));
        }
    }

    public void remove(StaffMember member) {
        if (changed(member, () -> staff.remove(current.scope(), member.userId()))) {
            done(member, words.say("staff.removed", member.name()));
        }
    }

    /** Runs a change to one person; a refusal becomes the page's message. */
    private boolean changed(StaffMember member, Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidRequestException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.refusal(e));
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.say("staff.gone", member.name()));
            load();
        }
        return false;
    }

    /** An owner who made themselves staff, or removed themselves, has nothing more to do on this page. */
    private void done(StaffMember member, String message) {
        if (member.you()) {
            leave();
            return;
        }
        FormMessages.global(FacesMessage.SEVERITY_INFO, message);
        load();
    }

    private static void leave() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/dashboard/");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<StaffMember> getMembers() {
        return members;
    }

    public InvitationForm getForm() {
        return form;
    }

    public Role[] getRoles() {
        return new Role[] {Role.STAFF, Role.OWNER};
    }
}
