package dev.bookspace.webhook;

import jakarta.ejb.ApplicationException;

/** A replay refused because the organisation has replayed its share this minute; the sentence says when to try. */
@ApplicationException(rollback = true)
public class ReplayLimitException extends RuntimeException {

    ReplayLimitException(long seconds) {
        super("At most " + ReplayLimits.PER_MINUTE + " deliveries can be replayed a minute; try again in "
                + seconds + (seconds == 1 ? " second." : " seconds."));
    }
}
