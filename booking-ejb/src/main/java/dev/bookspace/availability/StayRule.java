package dev.bookspace.availability;

/**
 * The rules an organisation sets on the stays it takes, each with the code integrators read (the OpenAPI
 * document's {@code StayRuleCode}) and the field of a stay it is about.
 */
public enum StayRule {

    MIN_NIGHTS("min_nights", "checkout"),
    MAX_NIGHTS("max_nights", "checkout"),
    CLOSED_TO_ARRIVAL("closed_to_arrival", "check_in"),
    CLOSED_TO_DEPARTURE("closed_to_departure", "checkout"),
    BOOKING_HORIZON("booking_horizon", "check_in"),
    LEAD_TIME("lead_time", "check_in");

    private final String code;
    private final String field;

    StayRule(String code, String field) {
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The stay's field a person changes to keep the rule, as URLs and the API name it. */
    public String field() {
        return field;
    }
}
