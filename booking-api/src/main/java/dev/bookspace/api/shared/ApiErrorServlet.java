package dev.bookspace.api.shared;

import dev.bookspace.integration.ApiJson;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's error page (web.xml): what the server refuses before JAX-RS sees the request, such as an
 * address outside {@code /api/v3} or a method the reference page does not take, answered as a problem
 * like every other API error, never the server's HTML page. {@code /api/errors/{status}} answers that
 * status's problem: the server's configuration sends it requests it refuses itself (see
 * configure-server.cli); any other address under it is not found.
 */
@WebServlet("/errors/*")
public class ApiErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem problem = Problem.forStatus(status(request));
        byte[] body = ApiJson.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static int status(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            return status instanceof Integer code && code >= 400 ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        String asked = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        return asked.matches("[45][0-9][0-9]") ? Integer.parseInt(asked) : HttpServletResponse.SC_NOT_FOUND;
    }
}
