package dev.bookspace.webhook;

/**
 * How one attempt went.
 *
 * @param status the endpoint's HTTP status, or null when it did not answer
 * @param response the start of its answer, or why there was none
 */
record DeliveryOutcome(boolean delivered, Integer status, String response) {

    static final int KEPT_RESPONSE_LENGTH = 500;

    static DeliveryOutcome answered(int status, String body) {
        String kept = body == null ? "" : body.length() > KEPT_RESPONSE_LENGTH ? body.substring(0, KEPT_RESPONSE_LENGTH) : body;
        return new DeliveryOutcome(status >= 200 && status < 300, status, kept);
    }

    static DeliveryOutcome noAnswer(String why) {
        return new DeliveryOutcome(false, null, why);
    }
}
