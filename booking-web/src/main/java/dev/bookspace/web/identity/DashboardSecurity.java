package dev.bookspace.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security's form mechanism with our own login page: a request for a protected page
 * (web.xml guards {@code /dashboard/*}) is sent to {@code /login.xhtml} and, once signed in, back to
 * the page it asked for. {@link AccountIdentityStore} checks the credentials.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class DashboardSecurity {
}
