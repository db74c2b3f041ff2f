package dev.bookspace.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * A text that is the code of one constant of a fixed list ({@link Coded}), such as an amenity: so a page, whose
 * choices come from the list, and the API, where a caller types the code, refuse the same values. Null passes
 * (say {@code @NotNull} where a code is required). The message may use {@code {codes}}, the list's codes.
 */
@Constraint(validatedBy = CodeOf.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CodeOf {

    Class<? extends Coded> value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<CodeOf, String> {

        private String[] codes;

        @Override
        public void initialize(CodeOf annotation) {
            codes = Arrays.stream(annotation.value().getEnumConstants()).map(Coded::code).toArray(String[]::new);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Arrays.asList(codes).contains(value);
        }
    }
}
