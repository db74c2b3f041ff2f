package dev.bookspace.operations;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts or times a method's calls for the metrics endpoint ({@link MeteredInterceptor}), so services carry one
 * annotation instead of meter code. On a class it applies to each of its business methods.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Metered {

    @Nonbinding
    Meter value();
}
