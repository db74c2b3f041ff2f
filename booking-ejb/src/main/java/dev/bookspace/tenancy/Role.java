package dev.bookspace.tenancy;

/** What the caller behind a {@link Scope} may do inside its organisation. */
public enum Role {
    /** Runs the organisation: everything, including settings, staff and API keys. */
    OWNER,
    /** Runs bookings and rooms. */
    STAFF,
    /** An integration calling the API with the organisation's key. */
    INTEGRATION,
    /** An anonymous visitor of the organisation's public pages. */
    GUEST,
    /** Bookspace itself: the scheduled jobs, and webhooks whose signature it has verified. */
    SYSTEM
}
