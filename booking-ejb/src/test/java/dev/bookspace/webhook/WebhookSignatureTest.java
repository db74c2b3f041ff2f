package dev.bookspace.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void isTheHexHmacSha256OfTimestampDotBody() {
        // Computed independently: printf '1764504000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.sign("whsec_test", 1764504000L, "{\"id\":\"evt_1\"}"))
                .isEqualTo("v1=" + OPENSSL_DIGEST);
    }

    @Test
    void changesWithTheTimestampTheBodyAndTheSecret() {
        String signature = WebhookSignature.sign("whsec_test", 1764504000L, "{}");
        assertThat(WebhookSignature.sign("whsec_test", 1764504001L, "{}")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("whsec_test", 1764504000L, "{ }")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("whsec_other", 1764504000L, "{}")).isNotEqualTo(signature);
    }

    private static final String OPENSSL_DIGEST = "0345d253e98cc62e27d7fd0c20e6f0ecd3e197a4f979e3642748b7f98dda7bc4";
}
