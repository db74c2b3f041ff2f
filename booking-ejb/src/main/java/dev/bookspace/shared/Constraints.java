package dev.bookspace.shared;

import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a form against its Bean Validation constraints on the service side, the same ones its page
 * checks as the person types, and turns each violation into a {@link FieldProblem}.
 */
public final class Constraints {

    /** A message that is one key of ValidationMessages and nothing else, such as {@code {bookspace.room.title.blank}}. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{[\\w.-]+}");

    private Constraints() {
    }

    /** The problems of a form, by field, each field named with the prefix ({@code guest.}) if any. */
    public static <T> List<FieldProblem> problems(Validator validator, T form, String prefix, Class<?>... groups) {
        return validator.validate(form, groups).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString()))
                .map(violation -> worded(new FieldProblem(prefix + violation.getPropertyPath(), violation.getMessage()),
                        violation.getMessageTemplate()))
                .toList();
    }

    /** A problem whose sentence is a template of ValidationMessages keeps it, so a page says it in its own language. */
    private static FieldProblem worded(FieldProblem problem, String template) {
        return template != null && TEMPLATE.matcher(template).matches() ? problem.worded(template) : problem;
    }

    /** Refuses a form that breaks its constraints. */
    public static <T> void requireValid(Validator validator, T form) {
        List<FieldProblem> problems = problems(validator, form, "");
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
