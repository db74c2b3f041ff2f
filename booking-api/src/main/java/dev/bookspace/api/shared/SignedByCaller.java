package dev.bookspace.api.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose requests prove themselves with their sender's own signature over the raw
 * body (Stripe's webhooks), not with an API key: the key filter and the body limits leave it alone.
 * Bound to the resource class the request matched, never to the shape of its path, so no other
 * path can borrow the exemption.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SignedByCaller {
}
