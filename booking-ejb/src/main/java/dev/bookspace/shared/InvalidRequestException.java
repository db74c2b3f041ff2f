package dev.bookspace.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
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
     * @param message what to do about it, in English (the API and logs)
     * @param wording how a page says it in its reader's language, or null where the page shows the message: a key
     *        of the page's words ({@code refusal.<key>}), or a Bean Validation template ({@code {bookspace.…}})
     */
    public record FieldProblem(String field, String message, Wording wording) implements Serializable {

        public FieldProblem(String field, String message) {
            this(field, message, null);
        }

        /** This problem, with the key and figures a page words it by in its own language. */
        public FieldProblem worded(String key, Object... arguments) {
            return new FieldProblem(field, message, new Wording(key, List.of(arguments)));
        }
    }

    /**
     * How a page words the refusal in its reader's language: a key of the pages' words and the figures it names. The
     * message stays English, for the API and logs.
     *
     * @param key such as {@code stay.checkout-not-after}
     */
    public record Wording(String key, List<Object> arguments) implements Serializable {
    }

    private List<FieldProblem> problems;
    private Wording wording;

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    /** This refusal, with the key and figures a page words it by in its own language (its one problem's too). */
    public InvalidRequestException worded(String key, Object... arguments) {
        this.wording = new Wording(key, List.of(arguments));
        if (problems.size() == 1) {
            problems = List.of(problems.get(0).worded(key, arguments));
        }
        return this;
    }

    /** How a page words the refusal: its own wording, or its one problem's. */
    public Optional<Wording> wording() {
        return Optional.ofNullable(wording).or(() -> problems.size() == 1 ? Optional.ofNullable(problems.get(0).wording())
                : Optional.empty());
    }

    /** The first field at fault. */
    public String field() {
        return problems.get(0).field();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
