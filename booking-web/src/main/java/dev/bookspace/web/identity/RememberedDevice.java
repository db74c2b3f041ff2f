package dev.bookspace.web.identity;

import dev.bookspace.web.shared.LastingCookie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookie of a browser whose person chose "Remember this device for 30 days": a random token the
 * server keeps only a hash of ({@link dev.bookspace.identity.SignInCodes}). HttpOnly, SameSite=Lax,
 * and Secure unless {@code BOOKING_SECURE_COOKIES} is false, like the session cookie.
 */
@ApplicationScoped
public class RememberedDevice {

    static final String COOKIE = "bookspace_device";
    static final Duration LASTS = Duration.ofDays(30);

    @Inject
    @ConfigProperty(name = "booking.secure-cookies", defaultValue = "true")
    boolean secure;

    /** The token this browser was remembered by, or null. */
    String token(HttpServletRequest request) {
        return request.getCookies() == null ? null
                : Arrays.stream(request.getCookies()).filter(cookie -> COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue).findFirst().orElse(null);
    }

    void remember(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(LastingCookie.of(request, COOKIE, token, LASTS, secure));
    }
}
