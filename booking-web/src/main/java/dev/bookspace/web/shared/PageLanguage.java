package dev.bookspace.web.shared;

import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The language of the page being rendered, for the templates' {@code <f:view locale>} and their {@code lang}
 * attribute, and the switcher's links back to this very page.
 */
@Named
@RequestScoped
public class PageLanguage {

    @Inject
    HttpServletRequest request;

    private Language fallback = Language.ENGLISH;
    private Language language;

    /** The reader's language where no organisation's default applies (sign-in, sign-up, the dashboard). */
    public Locale getLocale() {
        return language().locale();
    }

    /**
     * The language of an organisation's public page, for the public template's {@code <f:view locale>}: the
     * organisation's default where the reader chose none and their browser asks for none of ours.
     */
    public Locale localeFor(OrganisationSummary organisation) {
        follow(organisation);
        return getLocale();
    }

    /**
     * From now on this request's page belongs to the organisation: its default language is the fallback, and the
     * page's view speaks the language that makes (so messages added before the page is built speak it too).
     */
    public void follow(OrganisationSummary organisation) {
        if (organisation == null || organisation.defaultLanguage() == fallback) {
            return;
        }
        fallback = organisation.defaultLanguage();
        language = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(getLocale());
        }
    }

    public Language language() {
        if (language == null) {
            language = LanguageChoice.of(request, fallback);
        }
        return language;
    }

    public List<Language> getChoices() {
        return Arrays.asList(Language.values());
    }

    /** The switcher's link to this page in another language. */
    public String linkTo(Language other) {
        // A public address ("/harbour/rooms") is forwarded to its view, and an error page is shown in place of the
        // address asked for: link back to the address, not the view (a forward's address first, as an error on a
        // public address happens in its view)
        Object forwardedUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object erredUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwardedUri != null ? (String) forwardedUri : erredUri != null ? (String) erredUri : request.getRequestURI();
        String query = forwardedUri != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : erredUri != null ? null : request.getQueryString();
        String here = uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
        return request.getContextPath() + "/language/" + other.code() + "?back="
                + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }
}
