package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything the pages keep in a session must be serialisable: on a cluster the web module is
 * distributable, and a session that cannot be marshalled is not replicated, so its visitor would lose
 * it with their node (README, "A cluster"). The view- and session-scoped beans live in the session;
 * this walks every field they keep, and the fields of our own types those hold, down to the JDK's.
 * The cluster test (docker/test-cluster.sh) proves the same at run time for the room page and the
 * dashboard's sign-in, by killing the node that holds them.
 */
class SessionStateSerialisableTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> PROXIED = List.of(
            ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class,
            Stateless.class, Singleton.class);

    @Test
    void everythingTheSessionScopedAndViewScopedBeansKeepIsSerialisable() throws Exception {
        List<Class<?>> beans = webClasses().stream()
                .filter(type -> type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class))
                .toList();
        assertThat(beans).as("the pages' beans kept in sessions").hasSizeGreaterThan(20);

        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            checkFields(bean, bean.getSimpleName(), problems, seen);
        }
        assertThat(problems).as("fields a session keeps that cannot be serialised").isEmpty();
    }

    @Test
    void findsAFieldThatCannotBeSerialised() {
        List<String> problems = new ArrayList<>();
        checkFields(Holder.class, "Holder", problems, new HashSet<>());
        assertThat(problems).containsExactly("Holder.kept.thread: java.lang.Thread", "Holder.values<java.lang.Object>: java.lang.Object");
    }

    private static void checkFields(Class<?> owner, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> type = owner; type != null && type.getName().startsWith("dev.bookspace"); type = type.getSuperclass()) {
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(path + ": " + type.getName() + " is not Serializable");
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String fieldPath = path + "." + field.getName();
                if ((field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) && isProxied(field.getType())) {
                    continue; // the container injects a serialisable proxy, never the bean itself
                }
                checkType(field.getGenericType(), fieldPath, problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                checkType(plain.getComponentType(), path + "[]", problems, seen);
            } else if (plain.isPrimitive() || plain.isEnum()
                    || Collection.class.isAssignableFrom(plain) || Map.class.isAssignableFrom(plain)) {
                return; // a collection's elements are checked through its type arguments
            } else if (plain.getName().startsWith("dev.bookspace") && !plain.isInterface()) {
                checkFields(plain, path, problems, seen);
            } else if (!Serializable.class.isAssignableFrom(plain)) {
                problems.add(path + ": " + plain.getName());
            }
        } else if (type instanceof ParameterizedType generic) {
            checkType(generic.getRawType(), path, problems, seen);
            for (Type argument : generic.getActualTypeArguments()) {
                checkType(argument, path + "<" + argument.getTypeName() + ">", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            Stream.of(wildcard.getUpperBounds()).forEach(bound -> checkType(bound, path, problems, seen));
        } else if (type instanceof TypeVariable<?> variable) {
            Stream.of(variable.getBounds()).forEach(bound -> checkType(bound, path, problems, seen));
        }
    }

    private static boolean isProxied(Class<?> type) {
        return type.getName().startsWith("jakarta.") || PROXIED.stream().anyMatch(type::isAnnotationPresent);
    }

    private static List<Class<?>> webClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        // The main classes only (the test classes sit in a folder of their own).
        Path main = Path.of(PageWords.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main.resolve("dev/bookspace/web"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = main.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, SessionStateSerialisableTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    /** A bean as a careless change could leave it: a thread in a kept object, a list of anything. */
    static class Holder implements Serializable {
        private Kept kept;
        private List<Object> values;
    }

    static class Kept implements Serializable {
        private Thread thread;
    }
}
