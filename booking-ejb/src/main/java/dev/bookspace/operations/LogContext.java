package dev.bookspace.operations;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The ids every log line of a request carries, in the MDC that WildFly's log formatters print (the JSON
 * console's {@code mdc} object, the text lines' braces): {@code request_id} from the start of the request,
 * {@code organisation_id} once a service acts for an organisation, and {@code incident_id} from the moment
 * the request failed on our side. The incident id is the request id, so the id a person quotes from an
 * error page or an API 500 finds every line of their request, not only the failure.
 */
public final class LogContext {

    public static final String REQUEST_ID = "request_id";
    public static final String ORGANISATION_ID = "organisation_id";
    public static final String INCIDENT_ID = "incident_id";

    /** An id a balancer in front (HAProxy's unique-id) may pass in X-Request-Id: short, and safe in a log line. */
    private static final Pattern OFFERED_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private LogContext() {
    }

    /** Starts a request's context, with the id the balancer gave it if it is well formed, else a new one. */
    public static String startRequest(String offeredId) {
        end();
        String id = offeredId != null && OFFERED_ID.matcher(offeredId).matches() ? offeredId : newId();
        MDC.put(REQUEST_ID, id);
        return id;
    }

    /** Ends it, so the thread's next work (another request, a job) starts clean. */
    public static void end() {
        MDC.remove(REQUEST_ID);
        MDC.remove(ORGANISATION_ID);
        MDC.remove(INCIDENT_ID);
    }

    /**
     * Names the organisation the current work acts for; answers whether the caller should {@link #leaveOrganisation()}
     * when its call returns: yes outside a request (a job moving from one organisation to the next), no within one,
     * whose later lines (its failure, say) still belong to that organisation.
     */
    public static boolean enterOrganisation(long organisationId) {
        boolean outsideRequest = MDC.get(REQUEST_ID) == null;
        boolean named = MDC.get(ORGANISATION_ID) != null;
        MDC.put(ORGANISATION_ID, Long.toString(organisationId));
        return outsideRequest && !named;
    }

    public static void leaveOrganisation() {
        MDC.remove(ORGANISATION_ID);
    }

    /** Marks the current request as failed on our side and answers the id to show: the request's own, or a new one. */
    public static String incident() {
        Object request = MDC.get(REQUEST_ID);
        String id = request == null ? newId() : request.toString();
        MDC.put(INCIDENT_ID, id);
        return id;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
