package dev.bookspace.api.shared;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.IsoDay;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Query parameters read as text and parsed here, so a bad one is a 400 naming it, never a bare 404 from JAX-RS. */
public final class QueryValues {

    private QueryValues() {
    }

    public static LocalDate date(String name, String text) {
        try {
            return IsoDay.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be a date as YYYY-MM-DD.");
        }
    }

    /** An instant with its offset, such as {@code 2026-01-01T09:00:00Z}. */
    public static OffsetDateTime instant(String name, String text) {
        try {
            return text == null || text.isBlank() ? null : OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be a time with its offset, such as 2026-01-01T09:00:00Z.");
        }
    }

    /** {@code true} or {@code false}; absent is false. */
    public static boolean flag(String name, String text) {
        if (text == null || text.isBlank() || text.strip().equals("false")) {
            return false;
        }
        if (text.strip().equals("true")) {
            return true;
        }
        throw new InvalidRequestException(name, name + " must be true or false.");
    }

    public static int number(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " must be a whole number.");
        }
    }

    /** An id such as {@code item_id}, or null when absent. */
    public static Long id(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " must be a whole number.");
        }
    }
}
