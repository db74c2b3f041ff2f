package dev.bookspace.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Bookspace-Signature} header: {@code v1=} and the hex HMAC-SHA256, keyed with the
 * endpoint's signing secret, of the {@code Bookspace-Timestamp} value, a full stop and the raw body.
 * Signing the timestamp lets a receiver refuse an old message replayed by someone who captured it.
 */
final class WebhookSignature {

    static final String SCHEME = "v1=";

    private WebhookSignature() {
    }

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return SCHEME + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
