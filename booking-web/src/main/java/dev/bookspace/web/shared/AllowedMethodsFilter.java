package dev.bookspace.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Pages are read (GET, HEAD) and their forms posted (POST); nothing else. The Faces servlet would answer
 * PUT and DELETE as if they were a GET, and refuse PATCH or PROPFIND without a word: every other method is
 * answered here with 405, the methods a page takes in {@code Allow}, and the 405 page. Declared first in
 * web.xml, so no other filter or servlet sees such a request.
 */
public class AllowedMethodsFilter extends HttpFilter {

    static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOW = "GET, HEAD, POST";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PAGE_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
