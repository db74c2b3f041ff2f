package dev.bookspace.api.reference;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * {@code /api/v3/docs}: the API reference, Swagger UI rendering the document WildFly serves at
 * {@code /api/v3/openapi}. Swagger UI comes from its WebJar in this WAR, so the page loads nothing from
 * another host. A servlet with an exact mapping, which wins over JAX-RS's {@code /v3/*}: the page is for
 * people, not an endpoint of the API, so it needs no key and is not in the document.
 */
@WebServlet("/v3/docs")
public class ApiReferenceServlet extends HttpServlet {

    static final String TEMPLATE = "/WEB-INF/api-reference.html";
    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /**
     * The page's scripts and styles are this server's own files, so no inline script runs; Swagger UI
     * styles elements inline. Replaces the server's policy for /api (configure-server.cli), which allows nothing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'none'; frame-ancestors 'none'";
    private static final String ALLOW = "GET, HEAD";

    private byte[] page;

    @Override
    public void init() throws ServletException {
        try (InputStream template = getServletContext().getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new ServletException(TEMPLATE + " is missing from the WAR");
            }
            // Relative to /api/v3/docs, so the page works under any context root.
            String assets = "../webjars/swagger-ui/" + swaggerUiVersion();
            page = new String(template.readAllBytes(), StandardCharsets.UTF_8).replace("{swagger-ui}", assets)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServletException("Cannot read " + TEMPLATE, e);
        }
    }

    /** The WebJar's version, which its asset paths carry, so upgrading it is a change to the pom alone. */
    private static String swaggerUiVersion() throws IOException, ServletException {
        try (InputStream pom = ApiReferenceServlet.class.getResourceAsStream(WEBJAR_POM)) {
            if (pom == null) {
                throw new ServletException("The Swagger UI WebJar is missing from WEB-INF/lib");
            }
            Properties properties = new Properties();
            properties.load(pom);
            return properties.getProperty("version");
        }
    }

    /** A page to read: any other method is 405 with the API's problem (its error page, web.xml). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!Set.of("GET", "HEAD").contains(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
