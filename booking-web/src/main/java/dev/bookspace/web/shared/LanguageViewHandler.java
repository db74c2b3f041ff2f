package dev.bookspace.web.shared;

import dev.bookspace.shared.Language;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A new view starts in the reader's language as {@link LanguageChoice} reads it (the switcher's cookie first), not
 * only the browser's: messages a view adds before its page is built (a link that has expired) speak it too. The
 * templates' {@code <f:view locale>} then settles it, with an organisation's default where one applies.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? LanguageChoice.localeOf(http, Language.ENGLISH)
                : super.calculateLocale(context);
    }
}
