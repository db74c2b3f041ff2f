package dev.bookspace.web.identity;

import dev.bookspace.identity.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a checked sign-in into Bookspace's caller. The password (and, for people with two-factor
 * sign-in, the code) were checked before ({@link LoginView}, {@link SignInCodeView}); here the account
 * is read afresh and must still be as it was then. The caller's name is the user id and the account's
 * session stamp ({@link dev.bookspace.identity.Account#principalName()}), from which each request's
 * {@link dev.bookspace.tenancy.Scope} is made; the groups are the role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof CheckedSignIn checked)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.find(checked.userId())
                .filter(account -> account.principalName().equals(checked.principalName()))
                .map(account -> new CredentialValidationResult(account.principalName(),
                        Set.of(account.role().name().toLowerCase(Locale.ROOT))))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
