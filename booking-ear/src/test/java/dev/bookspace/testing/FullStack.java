package dev.bookspace.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full-stack test: this JVM's server ports, the test database, the SMTP server and the Stripe
 * stand-in first, then the EAR in the managed WildFly (arquillian.xml). The order matters: the server
 * reads where they are from the system properties the first four publish.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestServer.class)
@ExtendWith(TestDatabase.class)
@ExtendWith(TestMail.class)
@ExtendWith(StripeStandIn.class)
@ExtendWith(ArquillianExtension.class)
public @interface FullStack {
}
