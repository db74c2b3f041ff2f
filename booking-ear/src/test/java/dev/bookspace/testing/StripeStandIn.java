package dev.bookspace.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.Stripe;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stands in for Stripe: WireMock answers the real SDK's {@code POST /v1/checkout/sessions} with a
 * Checkout Session whose URL is a page of its own, and the tests sign webhook events the way Stripe
 * does, with a test secret. It starts before the server and publishes {@code booking.stripe.api-base}.
 */
public final class StripeStandIn implements BeforeAllCallback {

    public static final String SECRET_KEY = "sk_test_bookspace0000000000004242";
    public static final String WEBHOOK_SECRET = "whsec_bookspace_test_secret";

    private static WireMockServer wireMock;

    /** A signed webhook delivery, as Stripe would send it. */
    public record Delivery(String payload, String signature) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server();
    }

    public static synchronized WireMockServer server() {
        if (wireMock == null) {
            wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").templatingEnabled(true));
            wireMock.start();
            wireMock.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withTransformers("response-template")
                    .withBody("""
                            {{#assign 'id'}}cs_test_{{randomValue length=24 type='ALPHANUMERIC'}}{{/assign}}
                            {"id": "{{id}}", "object": "checkout.session", "mode": "payment", "status": "open",
                             "url": "%s/pay/{{id}}"}""".formatted(wireMock.baseUrl()))));
            // A paid session names its payment intent, which a refund is made against.
            wireMock.stubFor(get(urlPathMatching("/v1/checkout/sessions/cs_[A-Za-z0-9_]+")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withTransformers("response-template")
                    .withBody("""
                            {"id": "{{request.pathSegments.[3]}}", "object": "checkout.session", "mode": "payment",
                             "status": "complete", "payment_intent": "pi_for_{{request.pathSegments.[3]}}"}""")));
            wireMock.stubFor(post(urlPathMatching("/v1/checkout/sessions/cs_[A-Za-z0-9_]+/expire")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withTransformers("response-template")
                    .withBody("""
                            {"id": "{{request.pathSegments.[3]}}", "object": "checkout.session", "mode": "payment",
                             "status": "expired"}""")));
            wireMock.stubFor(post(urlPathEqualTo("/v1/refunds")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withTransformers("response-template")
                    .withBody("""
                            {"id": "re_{{randomValue length=20 type='ALPHANUMERIC'}}", "object": "refund",
                             "amount": {{formData request.body 'form'}}{{form.amount}}, "currency": "eur", "status": "succeeded"}""")));
            wireMock.stubFor(get(urlPathMatching("/pay/.*")).willReturn(aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<!DOCTYPE html><title>Checkout</title><h1 data-role=\"stripe-checkout\">Stripe Checkout stand-in</h1>")));
            System.setProperty("booking.stripe.api-base", wireMock.baseUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(wireMock::stop));
        }
        return wireMock;
    }

    /** The form parameters the application sent to create the Checkout Session with this id. */
    public static Map<String, String> checkoutSessionRequest(String sessionId) {
        return server().getServeEvents().getRequests().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/v1/checkout/sessions"))
                .filter(event -> event.getResponse().getBodyAsString().contains("\"" + sessionId + "\""))
                .map(event -> form(event.getRequest().getBodyAsString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Checkout Session " + sessionId + " was created"));
    }

    /** The idempotency key the application sent when it created the Checkout Session with this id, or null for none. */
    public static String checkoutSessionIdempotencyKey(String sessionId) {
        return server().getServeEvents().getRequests().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/v1/checkout/sessions"))
                .filter(event -> event.getResponse().getBodyAsString().contains("\"" + sessionId + "\""))
                .map(event -> event.getRequest().getHeader("Idempotency-Key"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Checkout Session " + sessionId + " was created"));
    }

    /** The form parameters of each refund the application asked for, in order. */
    public static List<Map<String, String>> refundRequests() {
        return server().getServeEvents().getRequests().stream()
                .filter(event -> event.getRequest().getUrl().equals("/v1/refunds"))
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(event -> form(event.getRequest().getBodyAsString()))
                .toList();
    }

    /** A refund the application asked Stripe for. */
    public record RefundRequest(long amountMinor, String idempotencyKey) {
    }

    /** The refunds asked for against the payment of this Checkout session, in order, with their idempotency keys. */
    public static List<RefundRequest> refundsOf(String sessionId) {
        return server().getServeEvents().getRequests().stream()
                .filter(event -> event.getRequest().getUrl().equals("/v1/refunds"))
                .filter(event -> ("pi_for_" + sessionId).equals(form(event.getRequest().getBodyAsString()).get("payment_intent")))
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(event -> new RefundRequest(Long.parseLong(form(event.getRequest().getBodyAsString()).get("amount")),
                        event.getRequest().getHeader("Idempotency-Key")))
                .toList();
    }

    /** Whether the application closed the Checkout page of this session. */
    public static boolean expired(String sessionId) {
        return server().getServeEvents().getRequests().stream()
                .anyMatch(event -> event.getRequest().getUrl().equals("/v1/checkout/sessions/" + sessionId + "/expire"));
    }

    /**
     * A Checkout Session event, signed now with the test secret, its session's payment status as Stripe
     * gives it for a card: paid when completed (or a delayed payment succeeded), unpaid otherwise.
     */
    public static Delivery event(String eventId, String type, String sessionId) {
        return event(eventId, type, sessionId, Instant.now(), WEBHOOK_SECRET);
    }

    /** A Checkout Session event whose session has this {@code payment_status}: "unpaid" on completion for a bank debit. */
    public static Delivery event(String eventId, String type, String sessionId, String paymentStatus) {
        return event(eventId, type, sessionId, paymentStatus, Instant.now(), WEBHOOK_SECRET);
    }

    /** A Checkout Session event signed at a given time with a given secret, for the tests of bad signatures. */
    public static Delivery event(String eventId, String type, String sessionId, Instant signedAt, String secret) {
        boolean paid = type.equals("checkout.session.completed") || type.equals("checkout.session.async_payment_succeeded");
        return event(eventId, type, sessionId, paid ? "paid" : "unpaid", signedAt, secret);
    }

    private static Delivery event(String eventId, String type, String sessionId, String paymentStatus, Instant signedAt,
            String secret) {
        String payload = """
                {"id": "%s", "object": "event", "api_version": "%s", "created": %d, "livemode": false,
                 "pending_webhooks": 1, "request": {"id": null, "idempotency_key": null}, "type": "%s",
                 "data": {"object": {"id": "%s", "object": "checkout.session", "mode": "payment", "payment_status": "%s"}}}"""
                .formatted(eventId, Stripe.API_VERSION, signedAt.getEpochSecond(), type, sessionId, paymentStatus);
        return new Delivery(payload, signature(payload, signedAt.getEpochSecond(), secret));
    }

    public static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Stripe's scheme: {@code t=<unix time>,v1=<hex HMAC-SHA256 of "<time>.<payload>">}. */
    private static String signature(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                        (first, second) -> second));
    }
}
