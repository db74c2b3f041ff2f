package dev.bookspace.health;

import java.time.Duration;

/**
 * Work waiting in one queue: how much, how much of it has waited past the operator's threshold, and the
 * longest wait.
 *
 * @param waiting rows not yet done (mails unsent, deliveries not made, feeds failing)
 * @param overdue those waiting longer than the threshold
 * @param longestWait the oldest one's wait, zero when nothing waits
 */
public record Backlog(long waiting, long overdue, Duration longestWait) {

    public boolean degraded() {
        return overdue > 0;
    }
}
