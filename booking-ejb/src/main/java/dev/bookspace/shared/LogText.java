package dev.bookspace.shared;

import java.util.regex.Pattern;

/**
 * Text from outside (an SMTP server's reply, an exception's message about a guest's input) made fit for
 * a log line: on one line, so nobody can forge the next entry with a line break, and with any e-mail
 * address replaced, so the log holds no guest's personal data. Logs name ids, never people.
 */
public final class LogText {

    private static final Pattern LINE_BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private LogText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "-";
        }
        String oneLine = LINE_BREAKS_AND_CONTROLS.matcher(text).replaceAll(" ");
        return EMAIL_ADDRESS.matcher(oneLine).replaceAll("<address>");
    }
}
