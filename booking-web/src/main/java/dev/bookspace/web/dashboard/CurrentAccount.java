package dev.bookspace.web.dashboard;

import dev.bookspace.identity.Account;
import dev.bookspace.identity.AccountService;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in person of this request, read from the authenticated principal (whose name is the user
 * id) and nothing else; the dashboard's {@link Scope} is made here.
 */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    private SecurityContext security;

    @EJB
    private AccountService accounts;

    private Account account;

    /** The account, or null for an anonymous request. */
    public Account account() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            // Our callers are named by their user id; the server names an unauthenticated one "anonymous".
            if (caller != null && caller.getName().matches("[0-9]{1,18}")) {
                account = accounts.find(Long.parseLong(caller.getName())).orElse(null);
            }
        }
        return account;
    }

    public Scope scope() {
        return account().scope();
    }
}
