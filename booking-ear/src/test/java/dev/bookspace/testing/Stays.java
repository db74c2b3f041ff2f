package dev.bookspace.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates that read like the reference test's and stay in the future whenever the suite runs. */
public final class Stays {

    /** New Year's Day of next year. */
    public static final LocalDate JAN_1 = LocalDate.now().plusYears(1).withDayOfYear(1);
    public static final LocalDate JAN_2 = JAN_1.plusDays(1);
    public static final LocalDate JAN_3 = JAN_1.plusDays(2);
    public static final LocalDate JAN_4 = JAN_1.plusDays(3);
    public static final LocalDate JAN_5 = JAN_1.plusDays(4);

    /**
     * A date as the public pages write it for the tests' Chromium, whose language is American English:
     * "Jan 1, 2027" (GuestDates).
     */
    public static String american(LocalDate day) {
        return DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US).format(day);
    }

    /** A date as the public pages write it for a client that names no language (Accept-Language): "1 Jan 2027". */
    public static String british(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(day);
    }

    private Stays() {
    }
}
