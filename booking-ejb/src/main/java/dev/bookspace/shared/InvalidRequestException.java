package dev.bookspace.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a person can correct. Each problem is a sentence that says what to do, shown as is on pages
 * and in the API's 400 problem, next to the field it names.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    /**
     * One field at fault.
     *
     * @param field the field as the public URL and the API name it, such as {@code check_in} or {@code guest.email}
     * @param message what to do about it
     */
    public record FieldProblem(String field, String message) implements Serializable {
    }

    private final List<FieldProblem> problems;

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    /** The first field at fault. */
    public String field() {
        return problems.get(0).field();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
