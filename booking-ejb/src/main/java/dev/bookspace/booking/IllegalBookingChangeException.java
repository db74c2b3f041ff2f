package dev.bookspace.booking;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Optional;

/**
 * A change the booking's status does not allow, such as completing a cancelled booking. The sentence is for staff,
 * in English as the API answers it; where it has a key ({@code refusal.<key>} in the dashboard's words) with its
 * figures (amounts, days), the dashboard says it in the staff member's language instead.
 */
@ApplicationException(rollback = true)
public class IllegalBookingChangeException extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;

    public IllegalBookingChangeException(String message) {
        this(message, null);
    }

    public IllegalBookingChangeException(String message, String key, Object... arguments) {
        super(message);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The refusal's key in the dashboard's words, when it has one. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** Its figures, in the key's order: {@code Money}, {@code LocalDate} or text. */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }
}
