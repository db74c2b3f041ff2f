package dev.bookspace.web.shared;

import dev.bookspace.shared.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language switcher's links, {@code /language/de?back=/harbour/rooms}: remembers the choice in a cookie for a
 * year and goes back to the page it was made on. A plain link, so it works without JavaScript and from the keyboard;
 * {@code back} must be a path on this site, so the link cannot send anyone elsewhere.
 */
@WebServlet("/language/*")
public class LanguageServlet extends HttpServlet {

    static final Duration LASTS = Duration.ofDays(365);

    @Inject
    @ConfigProperty(name = "booking.secure-cookies", defaultValue = "true")
    boolean secure;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Language> language = Language.of(code);
        if (language.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.addCookie(LastingCookie.of(request, LanguageChoice.COOKIE, language.get().code(), LASTS, secure));
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + sitePath(request.getParameter("back")));
    }

    /** A path on this site ("/harbour/rooms?check_in=…"), or "/" for anything else: no scheme, no "//host". */
    static String sitePath(String back) {
        boolean onThisSite = back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                && back.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        return onThisSite ? back : "/";
    }
}
