package dev.bookspace.web.identity;

import dev.bookspace.identity.AccountService;
import dev.bookspace.identity.AccountService.SignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an e-mail address and password against Bookspace's users. The caller's name is the user id
 * and the account's session stamp ({@link dev.bookspace.identity.Account#principalName()}), from which
 * each request's {@link dev.bookspace.tenancy.Scope} is made; the groups are the role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (accounts.signIn(credential.getCaller(), credential.getPasswordAsString()) instanceof SignIn.Accepted accepted) {
            return new CredentialValidationResult(accepted.account().principalName(),
                    Set.of(accepted.account().role().name().toLowerCase(Locale.ROOT)));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
