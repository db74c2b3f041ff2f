package dev.bookspace.shared;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When a failed webhook delivery or mail is tried again: after the first delay, then twice as long
 * each time, at most an hour apart, until a day after it was queued; then it is given up. With a
 * first delay of 30 seconds: 30 s, 1, 2, 4, 8, 16 and 32 minutes, then hourly.
 */
public record RetrySchedule(Duration firstDelay, Duration longestDelay, Duration retryFor) {

    static final Duration LONGEST_DELAY = Duration.ofHours(1);
    static final Duration RETRY_FOR = Duration.ofHours(24);

    public static RetrySchedule startingAfter(Duration firstDelay) {
        return new RetrySchedule(firstDelay, LONGEST_DELAY, RETRY_FOR);
    }

    /**
     * @param failedAttempts how many attempts have failed so far, this one included (1 or more)
     * @param createdAt when the delivery or mail was queued
     * @return when to try again, or empty to give up
     */
    public Optional<OffsetDateTime> nextAttempt(int failedAttempts, OffsetDateTime createdAt, OffsetDateTime now) {
        Duration delay = firstDelay;
        for (int doubled = 1; doubled < failedAttempts && delay.compareTo(longestDelay) < 0; doubled++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(longestDelay) > 0) {
            delay = longestDelay;
        }
        OffsetDateTime next = now.plus(delay);
        return next.isAfter(createdAt.plus(retryFor)) ? Optional.empty() : Optional.of(next);
    }
}
