package dev.bookspace.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every full-stack test class shares (arquillian.xml names this class to the suite
 * extension): the EAR the build made, deployed as it ships, with the in-container test classes added
 * to booking-web.war, where Arquillian runs them. Deploying it once instead of once per class saves
 * about 7 s a class; a class that needs a clean slate makes its own organisation, as every class does.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    private static final String TEST_CLASS_SUFFIX = "IT.class";

    private SuiteDeployment() {
    }

    @Deployment
    public static EnterpriseArchive application() {
        EnterpriseArchive ear = asShipped();
        WebArchive web = ear.getAsType(WebArchive.class, "booking-web.war");
        for (Class<?> test : inContainerTests()) {
            web.addClass(test);
            web.addClasses(helpersBeside(test));
        }
        web.addClasses(Fixtures.class, Fixtures.Organisation.class, Fixtures.Item.class, Stays.class,
                Authenticator.class, AtOnce.class, TestServer.class, SqlStatements.class);
        web.addAsLibraries(jarOf(Assertions.class));
        ear.delete("booking-web.war");
        return ear.addAsModule(Testable.archiveToTest(web));
    }

    /** The EAR exactly as the build made it. */
    public static EnterpriseArchive asShipped() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("booking.ear")));
    }

    /** Full-stack test classes that run inside the server: those not marked {@link RunAsClient}. */
    static List<Class<?>> inContainerTests() {
        return classFiles().filter(file -> file.getFileName().toString().endsWith(TEST_CLASS_SUFFIX))
                .map(SuiteDeployment::load)
                .filter(type -> type.isAnnotationPresent(FullStack.class) && !type.isAnnotationPresent(RunAsClient.class))
                .toList();
    }

    /** The beans an in-container test calls live beside it in its package (TenancyIT's UnfilteredQueries). */
    private static Class<?>[] helpersBeside(Class<?> test) {
        Path packageDir = testClasses().resolve(test.getPackageName().replace('.', File.separatorChar));
        try (Stream<Path> files = Files.list(packageDir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("IT.class")
                            && !name.endsWith("Test.class") && !name.equals("package-info.class"))
                    .map(name -> load(packageDir.resolve(name)))
                    .toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> classFiles() {
        try (Stream<Path> files = Files.walk(testClasses())) {
            return files.filter(file -> !file.getFileName().toString().contains("$")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(Path classFile) {
        String name = testClasses().relativize(classFile).toString().replace(File.separatorChar, '.').replaceFirst("\\.class$", "");
        try {
            return Class.forName(name, false, SuiteDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path testClasses() {
        return jarOf(SuiteDeployment.class).toPath();
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
