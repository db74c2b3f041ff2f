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
 * Text of several lines (a description, terms, notes): line breaks and tabs are welcome, other control
 * characters are not; PostgreSQL refuses a NUL in text, and the rest are invisible on every page.
 */
@Pattern(regexp = TextRules.PLAIN_TEXT)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{bookspace.text.plain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
