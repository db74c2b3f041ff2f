package dev.bookspace.web.shared;

import dev.bookspace.shared.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page speaks to the person reading it: the one they chose with the switcher (a cookie, so it
 * lasts across visits and needs no session), else the first of their browser's languages that Bookspace speaks,
 * else the fallback the caller names (an organisation's default language on its public pages, English elsewhere).
 */
public final class LanguageChoice {

    /** The switcher's cookie: a language code, nothing else. */
    public static final String COOKIE = "bookspace_language";

    private LanguageChoice() {
    }

    public static Language of(HttpServletRequest request, Language fallback) {
        return chosen(request)
                .or(() -> request.getHeader("Accept-Language") == null ? Optional.empty()
                        : Language.firstSpoken(request.getLocales().asIterator()))
                .orElse(fallback);
    }

    public static Locale localeOf(HttpServletRequest request, Language fallback) {
        return of(request, fallback).locale();
    }

    static Optional<Language> chosen(HttpServletRequest request) {
        return request.getCookies() == null ? Optional.empty()
                : Arrays.stream(request.getCookies()).filter(cookie -> COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue).map(Language::of).flatMap(Optional::stream).findFirst();
    }
}
