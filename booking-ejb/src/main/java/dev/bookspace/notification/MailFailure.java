package dev.bookspace.notification;

/** Why a mail was not sent, as the outbox keeps it and the log says it: the causes' messages, kept short. */
final class MailFailure {

    static final int KEPT_LENGTH = 500;

    private MailFailure() {
    }

    /** The failure's message and its causes', "; " between them, cut at {@link #KEPT_LENGTH} characters. */
    static String describe(Throwable failure) {
        StringBuilder why = new StringBuilder();
        // At most ten causes: a chain may loop back on itself.
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10 && why.length() < KEPT_LENGTH; depth++, cause = cause.getCause()) {
            String message = cause.getMessage() == null || cause.getMessage().isBlank()
                    ? cause.getClass().getSimpleName() : cause.getMessage().strip();
            if (why.indexOf(message) < 0) {
                why.append(why.isEmpty() ? "" : "; ").append(message);
            }
        }
        return why.length() > KEPT_LENGTH ? why.substring(0, KEPT_LENGTH) : why.toString();
    }
}
