package dev.bookspace.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the bookmarkable public URLs, such as {@code /demo/rooms?check_in=…&checkout=…}, from their
 * Facelets views. The browser keeps the path-style URL; the view receives the organisation
 * identifier as its {@code org} view parameter next to the query's own parameters. Identifiers
 * follow the same rule as the {@code organisations.identifier} check constraint.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PublicUrlFilter extends HttpFilter {

    private static final Pattern ROOMS = Pattern.compile("^/([a-z0-9][a-z0-9-]{1,62})/rooms/?$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher rooms = ROOMS.matcher(path);
        if (rooms.matches()) {
            request.getRequestDispatcher("/public/rooms.xhtml?org=" + rooms.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
