package dev.bookspace.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is {@code Secure} (sent over HTTPS only) unless {@code BOOKING_SECURE_COOKIES}
 * ({@code -Dbooking.secure-cookies}) is false, as on the test server and the development server, which
 * speak plain HTTP. web.xml makes it HttpOnly; undertow-handlers.conf makes it SameSite=Lax.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "booking.secure-cookies", defaultValue = "true")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
