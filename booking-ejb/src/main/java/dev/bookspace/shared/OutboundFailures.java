package dev.bookspace.shared;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Why a request through the {@link GuardedHttpClient} got no answer, as a sentence for the person
 * who chose the URL (a webhook's delivery log, a calendar feed's health).
 */
public final class OutboundFailures {

    private OutboundFailures() {
    }

    /** From the first cause that says something an owner can act on; else the innermost cause's message. */
    public static String why(Throwable failure, Duration connectTimeout, Duration answerTimeout) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutboundRefusedException) {
                return cause.getMessage();
            }
            if (cause instanceof UnknownHostException) {
                return "No address was found for " + cause.getMessage() + ".";
            }
            if (cause instanceof ConnectTimeoutException) {
                return "No connection within " + connectTimeout.toSeconds() + " seconds.";
            }
            if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
                return "No answer within " + answerTimeout.toSeconds() + " seconds.";
            }
            if (cause instanceof ConnectException) {
                return "Connection refused.";
            }
            if (cause instanceof SSLException) {
                return "The secure connection failed: " + cause.getMessage();
            }
        }
        Throwable last = failure;
        while (last.getCause() != null) {
            last = last.getCause();
        }
        return "No answer: " + (last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage());
    }
}
