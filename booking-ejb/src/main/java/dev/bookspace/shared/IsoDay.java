package dev.bookspace.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day written as {@code YYYY-MM-DD} in an address. ISO's extended years ({@code +99999-01-01}), which
 * {@link LocalDate#parse} accepts, are not what anyone means and lie past what the pages and PostgreSQL
 * compare, so they are malformed here like any other text.
 */
public final class IsoDay {

    private IsoDay() {
    }

    /** The day, null for blank text; a {@link DateTimeParseException} when it is not a day from year 1 to 9999. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day = LocalDate.parse(text.strip());
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new DateTimeParseException("A year from 1 to 9999 is expected", text, 0);
        }
        return day;
    }
}
