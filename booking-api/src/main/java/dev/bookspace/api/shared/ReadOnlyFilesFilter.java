package dev.bookspace.api.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Outside {@code /api/v3}, where JAX-RS answers every method itself, the API WAR serves files only (Swagger
 * UI's, the reference page's script): GET and HEAD. Any other method is 405 with {@code Allow} and the
 * API's problem (web.xml's error page), never the static files servlet's default, which for TRACE would
 * echo the request back.
 */
@WebFilter("/*")
public class ReadOnlyFilesFilter extends HttpFilter {

    private static final Set<String> READ = Set.of("GET", "HEAD");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        boolean answersEveryMethod = path.startsWith("/v3/") || path.equals("/v3") || path.startsWith("/errors");
        if (!answersEveryMethod && !READ.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
