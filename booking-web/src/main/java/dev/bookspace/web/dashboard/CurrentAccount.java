package dev.bookspace.web.dashboard;

import dev.bookspace.identity.Account;
import dev.bookspace.identity.AccountService;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;

/**
 * The signed-in person of this request, read from the authenticated principal (the user id and the
 * session stamp it signed in under) and nothing else; the dashboard's {@link Scope} is made here. A
 * session whose stamp no longer matches (the password was reset or changed, or the role changed since)
 * is ended here, on its next request.
 */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    private SecurityContext security;

    @EJB
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    private Account account;

    /** The account, or null for an anonymous request. */
    public Account account() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            // Ours are named "<user id>.<stamp>"; the server names an unauthenticated caller "anonymous".
            if (caller != null && caller.getName().matches("[0-9]{1,18}\\.[0-9a-f]+")) {
                Account found = accounts.find(Long.parseLong(caller.getName().substring(0, caller.getName().indexOf('.'))))
                        .orElse(null);
                if (found != null && found.principalName().equals(caller.getName())) {
                    account = found;
                } else {
                    signOut();
                }
            }
        }
        return account;
    }

    /** The person was removed, or their password or role changed after this session signed in. */
    private void signOut() {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("Could not end a session that no longer holds", e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    public Scope scope() {
        return account().scope();
    }
}
