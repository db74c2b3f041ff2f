package dev.bookspace.api.shared;

import dev.bookspace.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read as text and parsed here, so a bad one is a 400 naming it, never a bare 404 from JAX-RS. */
public final class QueryValues {

    private QueryValues() {
    }

    public static LocalDate date(String name, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be a date as YYYY-MM-DD.");
        }
    }

    public static int number(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " must be a whole number.");
        }
    }
}
