package dev.bookspace.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build made, deployed as it ships; for in-container tests, with the test classes in the web module. */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as it ships, for tests that act as a client over HTTP. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("booking.ear")));
    }

    /**
     * The application with the test class, and the test beans it calls, inside booking-web.war, where
     * Arquillian runs the test.
     */
    public static EnterpriseArchive withTestClass(Class<?> testClass, Class<?>... testBeans) {
        EnterpriseArchive ear = application();
        WebArchive web = ear.getAsType(WebArchive.class, "booking-web.war");
        web.addClass(testClass);
        web.addClasses(testBeans);
        web.addClasses(Fixtures.class, Fixtures.Organisation.class, Fixtures.Item.class, Stays.class);
        web.addAsLibraries(jarOf(Assertions.class));
        ear.delete("booking-web.war");
        return ear.addAsModule(Testable.archiveToTest(web));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
