package dev.bookspace.calendarsync;

/** What one fetch of a feed came to. */
sealed interface FeedFetch {

    /** The feed answered 304: nothing changed since the validators sent. */
    record Unchanged() implements FeedFetch {
    }

    /** The feed's calendar, and the validators to send next time. */
    record Fetched(byte[] body, String etag, String lastModified) implements FeedFetch {
    }

    /** No calendar: why, in words for staff. */
    record Failed(String why) implements FeedFetch {
    }
}
