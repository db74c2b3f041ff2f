package dev.bookspace.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full-stack test: the test database first, then the EAR in the managed WildFly (arquillian.xml).
 * The order matters: the server reads the database from the properties the first one publishes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
public @interface FullStack {
}
