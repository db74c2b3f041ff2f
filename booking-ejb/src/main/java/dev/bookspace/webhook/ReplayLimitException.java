package dev.bookspace.webhook;

import jakarta.ejb.ApplicationException;

/** A replay refused because the organisation has replayed its share this minute; the sentence says when to try. */
@ApplicationException(rollback = true)
public class ReplayLimitException extends RuntimeException {

    private final long seconds;

    ReplayLimitException(long seconds) {
        super("At most " + ReplayLimits.PER_MINUTE + " deliveries can be replayed a minute; try again in "
                + seconds + (seconds == 1 ? " second." : " seconds."));
        this.seconds = seconds;
    }

    /** How many deliveries an organisation may replay a minute, for a page to say it in its own words. */
    public int perMinute() {
        return ReplayLimits.PER_MINUTE;
    }

    /** How long to wait before the next replay. */
    public long seconds() {
        return seconds;
    }
}
