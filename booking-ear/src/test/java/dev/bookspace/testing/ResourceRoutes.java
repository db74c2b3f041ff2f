package dev.bookspace.testing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The JAX-RS resource methods of a web module of the EAR, found by reflection over the module's own
 * classes as they ship, each as the operation it answers ({@code GET /api/v3/organisations/{organisation_id}/items}),
 * with the parameters it reads. Only the module's classes are loaded, over the test's class path for
 * what they refer to (the EJB jar and the Jakarta APIs), so the test sees exactly what is deployed.
 */
public final class ResourceRoutes {

    /**
     * One resource method.
     *
     * @param operation its HTTP method and full path template, context root included
     * @param javaMethod {@code Class.method}, for messages
     * @param parameters what it reads, as {@code "path organisation_id"}, {@code "query limit"} or
     *     {@code "header idempotency-key"} (header names in lower case, as HTTP compares them)
     * @param readsBody whether it takes the request body
     */
    public record Route(String operation, String javaMethod, Set<String> parameters, boolean readsBody) {
    }

    private static final Set<Class<? extends Annotation>> UNSUPPORTED = Set.of(FormParam.class, MatrixParam.class, BeanParam.class);

    private ResourceRoutes() {
    }

    /** The routes of {@code webModule} (such as {@code booking-api.war}), unpacked under {@code workDirectory}. */
    public static List<Route> of(EnterpriseArchive ear, String webModule, java.nio.file.Path workDirectory) {
        String contextRoot = contextRoot(ear, webModule);
        File war = ear.getAsType(WebArchive.class, webModule).as(ExplodedExporter.class).exportExploded(workDirectory.toFile());
        java.nio.file.Path classes = war.toPath().resolve("WEB-INF/classes");
        try (URLClassLoader loader = new URLClassLoader(classPath(war), ResourceRoutes.class.getClassLoader());
             Stream<java.nio.file.Path> files = Files.walk(classes)) {
            List<Class<?>> types = files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
                    .<Class<?>>map(name -> load(loader, name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.')))
                    .toList();
            String applicationPath = types.stream().filter(type -> type.isAnnotationPresent(ApplicationPath.class))
                    .map(type -> type.getAnnotation(ApplicationPath.class).value()).findFirst()
                    .orElseThrow(() -> new IllegalStateException(webModule + " has no @ApplicationPath class"));
            List<Route> routes = new ArrayList<>();
            for (Class<?> type : types) {
                if (type.isAnnotationPresent(Path.class)) {
                    for (Method method : type.getMethods()) {
                        route(contextRoot, applicationPath, type, method).ifPresent(routes::add);
                    }
                }
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Route> route(String contextRoot, String applicationPath, Class<?> type, Method method) {
        String javaMethod = type.getSimpleName() + "." + method.getName();
        String httpMethod = Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
        if (httpMethod == null) {
            if (method.isAnnotationPresent(Path.class)) {
                throw new IllegalStateException(javaMethod + " is a sub-resource locator, which ResourceRoutes does not follow yet");
            }
            return Optional.empty();
        }
        String methodPath = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        String path = template(contextRoot, applicationPath, type.getAnnotation(Path.class).value(), methodPath);
        Set<String> parameters = new TreeSet<>();
        boolean readsBody = false;
        for (Parameter parameter : method.getParameters()) {
            String read = parameterRead(javaMethod, parameter);
            if (read == null) {
                readsBody = true;
            } else if (!read.isEmpty()) {
                parameters.add(read);
            }
        }
        return Optional.of(new Route(httpMethod + " " + path, javaMethod, parameters, readsBody));
    }

    /** {@code "query limit"} and the like; "" for what JAX-RS injects itself; null for the entity (the body). */
    private static String parameterRead(String javaMethod, Parameter parameter) {
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return "path " + parameter.getAnnotation(PathParam.class).value();
        }
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return "query " + parameter.getAnnotation(QueryParam.class).value();
        }
        if (parameter.isAnnotationPresent(HeaderParam.class)) {
            return "header " + parameter.getAnnotation(HeaderParam.class).value().toLowerCase(Locale.ROOT);
        }
        if (parameter.isAnnotationPresent(CookieParam.class)) {
            return "cookie " + parameter.getAnnotation(CookieParam.class).value();
        }
        if (parameter.isAnnotationPresent(Context.class) || parameter.isAnnotationPresent(Suspended.class)) {
            return "";
        }
        if (UNSUPPORTED.stream().anyMatch(parameter::isAnnotationPresent)) {
            throw new IllegalStateException(javaMethod + " reads form, matrix or bean parameters, which ResourceRoutes does not map yet");
        }
        return null;
    }

    /** Joins the segments into one template, with {@code {name: regex}} written {@code {name}}, as OpenAPI writes it. */
    static String template(String... segments) {
        String joined = Arrays.stream(segments).flatMap(segment -> Arrays.stream(segment.split("/")))
                .filter(part -> !part.isBlank()).collect(Collectors.joining("/", "/", ""));
        return joined.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL[] classPath(File war) throws MalformedURLException {
        List<URL> urls = new ArrayList<>(List.of(new File(war, "WEB-INF/classes").toURI().toURL()));
        File[] libraries = new File(war, "WEB-INF/lib").listFiles((directory, name) -> name.endsWith(".jar"));
        for (File library : libraries == null ? new File[0] : libraries) {
            urls.add(library.toURI().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    /** The module's context root, as the EAR's application.xml gives it. */
    private static String contextRoot(EnterpriseArchive ear, String webModule) {
        try (InputStream xml = ear.get("META-INF/application.xml").getAsset().openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList webs = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS("*", "web");
            for (int index = 0; index < webs.getLength(); index++) {
                Element web = (Element) webs.item(index);
                if (web.getElementsByTagNameNS("*", "web-uri").item(0).getTextContent().strip().equals(webModule)) {
                    return web.getElementsByTagNameNS("*", "context-root").item(0).getTextContent().strip();
                }
            }
            throw new IllegalStateException("application.xml names no web module " + webModule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read the EAR's application.xml", e);
        }
    }
}
