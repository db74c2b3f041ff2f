package dev.bookspace.shared;

/** What text may hold, one definition for the {@link OneLine} and {@link PlainText} constraints and the services that check by hand. */
public final class TextRules {

    /** No control character at all, nor a Unicode line or paragraph separator. */
    public static final String ONE_LINE = "[^\\p{Cntrl}\\u2028\\u2029]*";
    /** Tabs and line breaks, but no other control character. */
    public static final String PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    private TextRules() {
    }

    public static boolean isOneLine(String text) {
        return text == null || text.matches(ONE_LINE);
    }
}
