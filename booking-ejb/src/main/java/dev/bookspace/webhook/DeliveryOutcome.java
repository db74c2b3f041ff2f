package dev.bookspace.webhook;

/**
 * How one attempt went. What an endpoint answered is never kept beyond its status: a URL may point
 * at something other than a webhook receiver, and the log must not become a way to read it.
 *
 * @param status the endpoint's HTTP status, or null when it did not answer
 * @param failure why there was no answer (refused, timed out, …), or null when there was one
 */
record DeliveryOutcome(boolean delivered, Integer status, String failure) {

    static DeliveryOutcome answered(int status) {
        return new DeliveryOutcome(status >= 200 && status < 300, status, null);
    }

    static DeliveryOutcome noAnswer(String why) {
        return new DeliveryOutcome(false, null, why);
    }

    /** The metrics' outcome: delivered (a 2xx answer), refused (another status) or unanswered. */
    String kind() {
        return delivered ? "delivered" : status != null ? "refused" : "unanswered";
    }
}
