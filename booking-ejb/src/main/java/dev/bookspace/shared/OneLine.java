package dev.bookspace.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or title: one line, without tabs, line breaks or other control characters. They only ever
 * serve to forge lines (in an export, a log, a mail's header), and PostgreSQL refuses a NUL in text.
 */
@Pattern(regexp = TextRules.ONE_LINE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneLine {

    String message() default "{bookspace.text.one-line}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
