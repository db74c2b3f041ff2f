package dev.bookspace.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security's form mechanism with our own login page, {@code /login.xhtml}, where
 * {@link LoginView} hands it the credentials and {@link AccountIdentityStore} checks them; the
 * mechanism then keeps the caller in the session. Which pages need a caller is
 * {@link dev.bookspace.web.dashboard.DashboardPipeline}'s business.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class DashboardSecurity {
}
