package dev.bookspace.web.shared;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/** A cookie this site keeps in a browser beyond the session: HttpOnly, SameSite=Lax, for the whole site. */
public final class LastingCookie {

    private LastingCookie() {
    }

    /** {@code secure} is {@code booking.secure-cookies}: false only on servers reached over plain HTTP. */
    public static Cookie of(HttpServletRequest request, String name, String value, Duration lasts, boolean secure) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) lasts.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
