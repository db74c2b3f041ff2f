package dev.bookspace.operations;

/** What a {@link Metered} method counts or times (README, "Operations: health, metrics, logs"). */
public enum Meter {
    /** A booking attempt: made, or lost to another booking of the same nights. */
    BOOKING,
    /** An availability search, timed. */
    SEARCH,
    /** Holds expired: the method answers how many. */
    EXPIRED_HOLDS,
    /** A call to Stripe's API, timed, by operation and outcome. */
    STRIPE_CALL
}
